// Checks of the "functions" DOM contract on pages/functions-small.html.
const T = [];
const t = (name, body) => T.push([name, `async () => { const $ = (s) => document.querySelector(s), $$ = (s) => [...document.querySelectorAll(s)];
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms)); const d = JSON.parse(document.getElementById('jkernprof-data').textContent);
  const fr = (id) => $$('#flame .frame').filter(f => f.dataset.id == id);
  ${body} }`]);
t('headers', `return $$('#pstats thead th[data-sort]').map(th => th.dataset.sort).join() === 'calls,pcalls,tottime,percall,cumtime,cumpercall,stdname';`);
t('sort picker offers pstats keys', `const ks = [...$('#pstats-sort').options].filter(o => !o.disabled).map(o => o.value).sort().join();
  return ks === 'calls,cumtime,cumulative,file,filename,line,module,name,ncalls,nfl,pcalls,stdname,time,tottime' && $('#pstats-sort').value === 'cumulative' || ks;`);
t('default cumulative desc', `const v = $$('tr.function td.cumtime').map(td => +td.dataset.value);
  return $$('tr.function').length === d.functions.length && v.every((x, i) => i === 0 || v[i-1] >= x) && $('th[data-sort=cumtime]').getAttribute('aria-sort') === 'descending';`);
t('ncalls a/b and 3 decimals', `const f = d.functions.find(f => f.calls !== f.primitiveCalls); const tr = $$('tr.function').find(r => r.dataset.id == f.id);
  return tr.querySelector('td.calls').textContent === f.calls + '/' + f.primitiveCalls && tr.querySelector('td.tottime').textContent === (f.ownNanos / 1e9).toFixed(3)
    && Math.abs(+tr.querySelector('td.cumpercall').dataset.value - f.cumulativeNanos / f.primitiveCalls) < 1e-6 || tr.textContent;`);
t('picker nfl and time', `const p = $('#pstats-sort'); p.value = 'nfl'; p.dispatchEvent(new Event('change'));
  const names = $$('tr.function').map(r => d.functions.find(f => f.id == r.dataset.id).label); const okN = names.every((x, i) => i === 0 || names[i-1] <= x);
  p.value = 'time'; p.dispatchEvent(new Event('change')); const v = $$('tr.function td.tottime').map(td => +td.dataset.value);
  const okT = v.every((x, i) => i === 0 || v[i-1] >= x) && $('th[data-sort=tottime]').getAttribute('aria-sort') === 'descending';
  p.value = 'cumulative'; p.dispatchEvent(new Event('change')); return okN && okT;`);
t('header click toggles', `$('th[data-sort=stdname]').click(); let n = $$('td.stdname').map(x => x.textContent); const a = n.every((x, i) => i === 0 || n[i-1] <= x) && $('th[data-sort=stdname]').getAttribute('aria-sort') === 'ascending';
  $('th[data-sort=stdname]').click(); n = $$('td.stdname').map(x => x.textContent); const b = n.every((x, i) => i === 0 || n[i-1] >= x);
  $('th[data-sort=cumtime]').click(); return a && b && $('#pstats-sort').value === 'cumulative';`);
t('flame root and proportions', `const root = $('#flame .frame[data-id="-1"]'); if (!root || root.dataset.path !== '' || root.textContent !== 'all') return 'root';
  const W = $('#flame').clientWidth; const rv = +root.dataset.value; const total = d.stacks.reduce((a, s) => a + s.samples, 0); if (rv !== total) return 'root value';
  if (Math.abs(parseFloat(root.style.width) - W) > 0.01) return 'root width';
  const errs = []; for (const f of $$('#flame .frame')) { const w = parseFloat(f.style.width); if (Math.abs(w - (+f.dataset.value / rv) * W) > 0.01) errs.push(f.dataset.path); if (w < 0.5) errs.push('narrow'); if (f.style.height && f.style.height !== '18px') errs.push('h'); }
  // every node's value is the samples of the stacks under its path
  for (const f of $$('#flame .frame').slice(0, 50)) { if (f.dataset.id === '-1') continue; const p = f.dataset.path; const v = d.stacks.filter(s => (s.frames.join(';') + ';').startsWith(p + ';')).reduce((a, s) => a + s.samples, 0); if (v !== +f.dataset.value) errs.push('value ' + p); }
  return errs.length === 0 && getComputedStyle(root).height === '18px' || errs.slice(0, 5);`);
t('click zooms, reset', `const W = $('#flame').clientWidth; const target = $$('#flame .frame').find(f => f.dataset.path.split(';').length === 2);
  const path = target.dataset.path; target.click(); const z = $$('#flame .frame').find(f => f.dataset.path === path && !f.classList.contains('ancestor'));
  const anc = $$('#flame .frame.ancestor').map(f => f.dataset.path); const okZ = Math.abs(parseFloat(z.style.width) - W) < 0.01 && anc.length === 2 && anc.includes('') && anc.every(p => Math.abs(parseFloat($$('#flame .frame').find(f => f.dataset.path === p).style.width) - W) < 0.01);
  const kids = $$('#flame .frame').filter(f => f.dataset.path.startsWith(path + ';')); const okK = kids.every(k => Math.abs(parseFloat(k.style.width) - (+k.dataset.value / +z.dataset.value) * W) < 0.01);
  const calls = !$('#calls').hidden && $('#calls-title').textContent === d.functions.find(f => f.id == target.dataset.id).stdName && $$('tr.function.selected').length === 1;
  $('#flame-reset').click(); const back = $('#flame .frame[data-id="-1"]:not(.ancestor)') && !$('#flame .frame.ancestor');
  return okZ && okK && calls && back || [okZ, okK, calls, back];`);
t('search', `const s = $('#flame-search'); s.value = 'order'; s.dispatchEvent(new Event('input'));
  const ids = new Set(d.functions.filter(f => (f.label + ' ' + f.className).toLowerCase().includes('order')).map(f => f.id));
  const total = d.stacks.reduce((a, s) => a + s.samples, 0); const hit = d.stacks.filter(s => s.frames.some(id => ids.has(id))).reduce((a, s) => a + s.samples, 0);
  const want = 'Matched: ' + (100 * hit / total).toFixed(1) + ' % of samples'; const txt = $('#flame-match').textContent;
  const ok = $$('#flame .frame').every(f => f.classList.contains('match') === ids.has(+f.dataset.id)) && $$('#flame .frame.match').length > 0 && getComputedStyle($('#flame .frame.match')).backgroundColor === 'rgb(238, 0, 238)';
  s.value = ''; s.dispatchEvent(new Event('input')); return ok && txt === want && !$('#flame .frame.match') && $('#flame-match').textContent === '' || [txt, want, ok];`);
t('tooltip', `const f = $$('#flame .frame').find(f => f.dataset.id !== '-1'); const r = f.getBoundingClientRect();
  f.dispatchEvent(new MouseEvent('mouseover', {bubbles: true, clientX: r.left + 2, clientY: r.top + 2})); const tip = $('#flame-tip'); const fn = d.functions.find(x => x.id == f.dataset.id);
  const ok = !tip.hidden && tip.textContent.includes(fn.label) && tip.textContent.includes(fn.stdName) && tip.textContent.includes('samples') && tip.textContent.includes('cumulative') && !f.title;
  $('#flame').dispatchEvent(new MouseEvent('mouseleave')); return ok && tip.hidden || tip.textContent;`);
t('calls lists from edges; li selects', `const f = d.functions.find(f => d.edges.some(e => e.caller === f.id) && d.edges.some(e => e.callee === f.id));
  $$('tr.function').find(r => r.dataset.id == f.id).click(); const callers = $$('#callers li').map(li => +li.dataset.id).sort(), callees = $$('#callees li').map(li => +li.dataset.id).sort();
  const wantR = d.edges.filter(e => e.callee === f.id).map(e => e.caller).sort(), wantE = d.edges.filter(e => e.caller === f.id).map(e => e.callee).sort();
  const ok = JSON.stringify(callers) === JSON.stringify(wantR) && JSON.stringify(callees) === JSON.stringify(wantE) && location.hash === '#f=' + f.id;
  const li = $('#callees li'); li.click(); return ok && $('tr.function.selected').dataset.id === li.dataset.id && $('#calls-title').textContent === d.functions.find(x => x.id == li.dataset.id).stdName || [callers, wantR];`);
t('resize re-renders', `document.body.style.width = '700px'; window.dispatchEvent(new Event('resize')); await sleep(200);
  const w = parseFloat($('#flame .frame[data-id="-1"]').style.width); const W = $('#flame').clientWidth; document.body.style.width = ''; window.dispatchEvent(new Event('resize')); await sleep(200);
  return Math.abs(w - W) < 0.01 && W < 700 && Math.abs(parseFloat($('#flame .frame[data-id="-1"]').style.width) - $('#flame').clientWidth) < 0.01 || [w, W];`);
t('slash focuses search', `document.activeElement.blur(); document.dispatchEvent(new KeyboardEvent('keydown', {key: '/', bubbles: true})); return document.activeElement === $('#flame-search');`);
module.exports = T;
