module.exports = [['renders something sensible', `async () => { const $ = (s) => document.querySelector(s);
  const d = JSON.parse(document.getElementById('jkernprof-data').textContent);
  if (d.version !== 1) return !$('#error').hidden && /version 2/.test($('#error').textContent);
  if (d.kind === 'lines' && !d.methods.length) return /No profiled methods/.test($('#overview').textContent) && $('#filter-count').textContent === '0 of 0 methods';
  if (d.kind === 'functions' && !d.functions.length) return !!$('p.flame-empty') && $('#pstats-summary').textContent.startsWith('0 function calls');
  if (d.kind === 'functions') { const t = $('#flame-match'); const s = $('#flame-search'); s.value = 'weird'; s.dispatchEvent(new Event('input'));
    const root = $('#flame .frame[data-id="-1"]'); const total = d.stacks.reduce((a, s) => a + s.nanos, 0);
    return +root.dataset.value === total && /% of time$/.test(t.textContent) && !document.querySelector('#flame b') && [...document.querySelectorAll('#flame .frame')].some(f => f.textContent.startsWith('Weird</script>')) || t.textContent; }
  const m = d.methods[0]; document.querySelector('tr.method[data-id="0"]').click(); const row = document.querySelector('table.heat tr.line[data-line="' + m.rows[5].line + '"]');
  const ok1 = row.querySelector('td.code').textContent === m.rows[5].text && !document.querySelector('img');
  document.querySelector('tr.method[data-id="1"]').click(); return ok1 && document.querySelectorAll('table.heat tr.line').length === 0; }`]];
