// The JavaScript the pages share, inlined into each (PageTemplate): formatting, source text, and
// the heat map's shading.

/** A new element with an optional class and text (always textContent, never markup). */
function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

/** Python's '%g': six significant digits, exponent form below 1e-4 or from 1e6. */
function pyG(x) {
  if (!isFinite(x)) return String(x);
  if (x === 0) return '0';
  const [mant, expText] = x.toExponential(5).split('e');
  const exp = Number(expText);
  const strip = (s) => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);
  if (exp < -4 || exp >= 6) {
    return strip(mant) + 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
  }
  return strip(x.toFixed(Math.max(0, 5 - exp)));
}

/** An integer with thousands separators: 12,345. */
const int = (n) => (n == null ? '' : String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ','));
const pct1 = (x) => (100 * x).toFixed(1);

/** Byte counts as the text report writes them: 512 B, 12.5 KiB, 10.0 MiB. */
function bytes(b) {
  if (b == null) return '';
  if (b < 1024) return b + ' B';
  const units = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let v = b, u = -1;
  while (u + 1 < units.length && Math.round(v * 10) / 10 >= 1024) { v /= 1024; u++; }
  return v.toFixed(1) + ' ' + units[u];
}

/**
 * Source text as plain text with token spans. tokens is flat, three numbers per token in
 * order: start and end (UTF-16 columns, end exclusive) and the kind's index in kinds.
 */
function appendCode(cell, text, tokens, kinds) {
  text = String(text ?? '');
  if (!Array.isArray(tokens) || tokens.length < 3) { cell.textContent = text; return; }
  kinds = Array.isArray(kinds) ? kinds : [];
  let at = 0;
  for (let i = 0; i + 2 < tokens.length; i += 3) {
    const s = Math.max(tokens[i], at), e = Math.min(tokens[i + 1], text.length);
    const kind = kinds[tokens[i + 2]];
    if (e <= s || !kind) continue;
    if (s > at) cell.append(text.slice(at, s));
    cell.append(el('span', 'tok-' + kind, text.slice(s, e)));
    at = e;
  }
  if (at < text.length) cell.append(text.slice(at));
}

/**
 * Shades an element of the heat map by its fraction (0 to 1] of the strongest share it is shown
 * with: from faint to deep red, light text on the darkest shades (class hot).
 */
function heatShade(element, fraction) {
  const alpha = 0.08 + 0.72 * fraction;
  element.style.backgroundColor = `rgba(230, 40, 20, ${alpha.toFixed(3)})`;
  if (alpha > 0.5) element.classList.add('hot');
}
