module.exports = [['no stacks message', `async () => { const p = document.querySelector('#flame p.flame-empty');
  return !!p && p.textContent === 'No call stacks in these results: profile with --timer=sampled for a flame graph.' && !document.querySelector('#flame .frame') && /corrected/.test(document.querySelector('#timer-note').textContent); }`],
 ['pstats still works', `async () => { document.querySelector('tr.function').click(); return !document.querySelector('#calls').hidden && document.querySelectorAll('#callers li, #callees li').length > 0; }`]];
