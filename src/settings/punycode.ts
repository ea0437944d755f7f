/**
 * Hostnames for reading: the options page stores an international name in
 * the ASCII form that `location.hostname` reports (münchen.de is
 * xn--mnchen-3ya.de), and shows it as people write it. Browsers convert to
 * that form (the URL parser) but offer nothing for the way back, so this is
 * RFC 3492's decoder. Pure.
 */
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_CODE_POINT = 0x10ffff;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  for (; d > ((BASE - T_MIN) * T_MAX) >> 1; k += BASE) d = Math.floor(d / (BASE - T_MIN));
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

/** a–z are 0–25, 0–9 are 26–35; anything else is not a digit (BASE). */
function digitOf(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 26;
  return BASE;
}

/** One label's Unicode form from its punycode (the part after "xn--"), or undefined if it is not valid punycode. */
export function decodePunycode(input: string): string | undefined {
  const delimiter = input.lastIndexOf('-');
  const output: number[] = [];
  for (let j = 0; j < Math.max(delimiter, 0); j++) {
    const code = input.charCodeAt(j);
    if (code >= 0x80) return undefined;
    output.push(code);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let index = delimiter > 0 ? delimiter + 1 : 0; index < input.length; ) {
    const before = i;
    let weight = 1;
    for (let k = BASE; ; k += BASE) {
      if (index >= input.length) return undefined;
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= BASE) return undefined;
      i += digit * weight;
      const threshold = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < threshold) break;
      weight *= BASE - threshold;
      if (i > MAX_CODE_POINT * (output.length + 1)) return undefined;
    }
    const length = output.length + 1;
    bias = adapt(i - before, length, before === 0);
    n += Math.floor(i / length);
    i %= length;
    if (n > MAX_CODE_POINT || (n >= 0xd800 && n <= 0xdfff)) return undefined;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}

/** What a decoded label may hold to be shown: letters, marks, digits and hyphens, some beyond ASCII. */
const SHOWABLE = /^(?=.*[^\x00-\x7f])[\p{L}\p{M}\p{N}-]+$/u;

/** "xn--mnchen-3ya.de" → "münchen.de", "*.xn--bcher-kva.de" → "*.bücher.de"; a label that does not decode to a name stays as it is. */
export function hostnameForDisplay(hostname: string): string {
  return hostname
    .split('.')
    .map((label) => {
      const decoded = label.startsWith('xn--') ? decodePunycode(label.slice(4)) : undefined;
      return decoded !== undefined && SHOWABLE.test(decoded) ? decoded : label;
    })
    .join('.');
}
