// Minimal Chrome DevTools Protocol driver: node --experimental-websocket cdp.js PAGE.html [TESTS.js]
// Opens the page in headless Chromium, reports load time, console messages and exceptions,
// then evaluates each test of TESTS.js (module.exports = [[name, asyncFunctionSource], ...]).
const { spawn } = require('child_process');
const fs = require('fs'), os = require('os'), path = require('path');

const page = path.resolve(process.argv[2]);
const tests = process.argv[3] ? require(path.resolve(process.argv[3])) : [];
const port = 9300 + Math.floor(Math.random() * 500);
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cdp-'));
const chrome = spawn('/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  `--user-data-dir=${profile}`, `--remote-debugging-port=${port}`, '--window-size=1400,900', 'about:blank'],
  { stdio: 'ignore' });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function main() {
  let targets;
  for (let i = 0; i < 100; i++) {
    try { targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json(); break; } catch (e) { await sleep(100); }
  }
  const t = targets.find((x) => x.type === 'page');
  const ws = new WebSocket(t.webSocketDebuggerUrl);
  await new Promise((r) => ws.addEventListener('open', r));
  let seq = 0; const waiting = new Map(); const events = [];
  ws.addEventListener('message', (m) => {
    const msg = JSON.parse(m.data);
    if (msg.id && waiting.has(msg.id)) { waiting.get(msg.id)(msg); waiting.delete(msg.id); }
    else if (msg.method) events.push(msg);
  });
  const send = (method, params = {}) => new Promise((r) => { const id = ++seq; waiting.set(id, r); ws.send(JSON.stringify({ id, method, params })); });
  await send('Runtime.enable'); await send('Log.enable'); await send('Page.enable');
  await send('Emulation.setDeviceMetricsOverride', { width: 1400, height: 900, deviceScaleFactor: 1, mobile: false });
  if (process.env.PROFILE) { await send('Profiler.enable'); await send('Profiler.setSamplingInterval', { interval: 200 }); await send('Profiler.start'); }
  if (process.env.TRACE) await send('Tracing.start', { categories: 'devtools.timeline,v8.execute', transferMode: 'ReportEvents' });
  const t0 = Date.now();
  await send('Page.navigate', { url: 'file://' + page + (process.env.HASH || '') });
  while (!events.some((e) => e.method === 'Page.loadEventFired')) await sleep(10);
  const loadMs = Date.now() - t0;
  if (process.env.PROFILE) {
    const prof = (await send('Profiler.stop')).result.profile;
    const self = new Map(); const dt = (prof.endTime - prof.startTime) / 1000 / prof.samples.length;
    const byId = new Map(prof.nodes.map((n) => [n.id, n]));
    for (const id of prof.samples) { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}`; self.set(k, (self.get(k) || 0) + dt); }
    console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n'));
  }
  const ev = async (expr) => {
    const r = await send('Runtime.evaluate', { expression: expr, awaitPromise: true, returnByValue: true });
    if (r.result.exceptionDetails) return 'EXCEPTION ' + JSON.stringify(r.result.exceptionDetails.exception && r.result.exceptionDetails.exception.description || r.result.exceptionDetails.text);
    return r.result.result.value;
  };
  const perf = await ev(`new Promise(r => requestAnimationFrame(() => setTimeout(() => r(JSON.stringify({now: Math.round(performance.now()), dcl: Math.round(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd)})), 0)))`);
  if (process.env.TRACE) {
    await sleep(300);
    await send('Tracing.end');
    while (!events.some((e) => e.method === 'Tracing.tracingComplete')) await sleep(20);
    const all = events.filter((e) => e.method === 'Tracing.dataCollected').flatMap((e) => e.params.value);
    const sum = new Map();
    for (const x of all) if (x.ph === 'X' && x.dur) sum.set(x.name, (sum.get(x.name) || 0) + x.dur / 1000);
    for (const x of all) if (x.name === 'Layout' && x.dur > 20000) console.log('Layout', Math.round(x.dur / 1000), 'ms', JSON.stringify(x.args.beginData), JSON.stringify(x.args.endData && x.args.endData.layoutRoots && x.args.endData.layoutRoots.length));
    console.log([...sum].sort((a, b) => b[1] - a[1]).slice(0, 18).map(([k, v]) => `${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n'));
  }
  console.log(`load event after ${loadMs} ms wall; first frame at ${perf}`);
  let failed = 0;
  for (const [name, fn] of tests) {
    const v = await ev(`(${fn})()`);
    const ok = v === true;
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok ? '' : ' -> ' + JSON.stringify(v)}`);
  }
  if (process.env.SHOT) {
    const s = await send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: !!process.env.FULL });
    fs.writeFileSync(process.env.SHOT, Buffer.from(s.result.data, 'base64'));
  }
  await sleep(100);
  for (const e of events) {
    if (e.method === 'Runtime.consoleAPICalled') console.log('CONSOLE', e.params.type, JSON.stringify(e.params.args.map((a) => a.value ?? a.description)));
    if (e.method === 'Runtime.exceptionThrown') console.log('EXCEPTION', JSON.stringify(e.params.exceptionDetails.exception?.description || e.params.exceptionDetails.text));
    if (e.method === 'Log.entryAdded') console.log('LOG', e.params.entry.level, e.params.entry.text);
  }
  console.log(failed ? `${failed} FAILED` : 'all passed');
  ws.close(); chrome.kill();
  await new Promise((r) => chrome.exitCode != null ? r() : chrome.on('exit', r)); await sleep(200);
  try { fs.rmSync(profile, { recursive: true, force: true }); } catch (e) { /* chromium helpers may linger */ }
  process.exit(failed ? 1 : 0);
}
main().catch((e) => { console.error(e); chrome.kill(); process.exit(2); });
