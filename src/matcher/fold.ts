/**
 * The matcher's text fold: one UTF-16 code unit in, one code unit out.
 *
 * Folding per code unit is what keeps offsets true: a span found in the
 * folded text has the same start and end in the original, so highlights land
 * on the right characters without any offset map. The price is that folds
 * which would change length are not done (ß stays ß, "İ" folds to "i" rather
 * than to "i̇", astral characters are left alone, decomposed "e\u0301" keeps
 * its combining mark).
 *
 * What the fold does, in order:
 *  - typographic apostrophes and quotes become ASCII (’ ‘ ʼ ‚ ‛ → ', “ ” „ ‟ → ")
 *    and dashes become '-' (‐ ‑ ‒ – — ― − → -), so "People’s" matches
 *    "People's" and "Sino–Kazakh" matches "Sino-Kazakh";
 *  - every white-space code unit (tab, newline, NBSP, thin space...) becomes
 *    ' ', because pages wrap and justify multi-word names;
 *  - diacritics are stripped when the character decomposes (NFD) into one
 *    BMP base character plus combining marks (é → e, Ö → O, İ → I);
 *  - the result is lowercased when lowercasing gives one code unit
 *    (only `foldCodeUnit`; `foldCodeUnitKeepingCase` skips this step, the
 *    case modes compare text with it).
 */

const SPECIAL: ReadonlyMap<number, number> = new Map<number, number>([
  // Apostrophe look-alikes. U+02BC is a letter in Unicode but is typed as an apostrophe.
  [0x2018, 0x27],
  [0x2019, 0x27],
  [0x201a, 0x27],
  [0x201b, 0x27],
  [0x02bc, 0x27],
  [0xff07, 0x27],
  // Double quotes.
  [0x201c, 0x22],
  [0x201d, 0x22],
  [0x201e, 0x22],
  [0x201f, 0x22],
  [0xff02, 0x22],
  // Dashes and hyphens.
  [0x2010, 0x2d],
  [0x2011, 0x2d],
  [0x2012, 0x2d],
  [0x2013, 0x2d],
  [0x2014, 0x2d],
  [0x2015, 0x2d],
  [0x2212, 0x2d],
  [0xfe58, 0x2d],
  [0xfe63, 0x2d],
  [0xff0d, 0x2d],
]);

const SPACE = 0x20;
const WHITE_SPACE = /^\s$/;
const ONLY_MARKS = /^\p{M}+$/u;

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

/**
 * Blocks with no case, no decomposition and no white space: CJK ideographs
 * and Hangul syllables (whose NFD is jamo, not base + marks). Skipping the
 * Unicode calls for them keeps the first scan of a Chinese or Korean page cheap.
 */
function isFoldInvariant(c: number): boolean {
  return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3);
}

function foldOnce(c: number, lower: boolean): number {
  if (isSurrogate(c) || isFoldInvariant(c)) return c;
  const special = SPECIAL.get(c);
  if (special !== undefined) return special;
  let ch = String.fromCharCode(c);
  if (WHITE_SPACE.test(ch)) return SPACE;
  const nfd = ch.normalize('NFD');
  const base = nfd.charCodeAt(0);
  // Singleton decompositions (Ω U+2126 → Ω U+03A9) have no marks and count too.
  if (!isSurrogate(base) && (nfd.length === 1 || ONLY_MARKS.test(nfd.slice(1)))) {
    ch = nfd[0] ?? ch;
  }
  if (lower) {
    const lowered = ch.toLowerCase();
    if (lowered.length === 1) ch = lowered;
  }
  return ch.charCodeAt(0);
}

/** Iterates to a fixed point so that folding folded text changes nothing. */
function computeFold(c: number, lower: boolean): number {
  let current = c;
  for (let i = 0; i < 4; i++) {
    const next = foldOnce(current, lower);
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * The fold of ASCII, written out rather than computed through the Unicode
 * calls above: every page load pays for this table before its first scan.
 * ASCII has no diacritics or look-alikes, so only white space and (when
 * lowering) capitals change; a unit test checks it against `computeFold`.
 */
function asciiTable(lower: boolean): Uint16Array {
  const table = new Uint16Array(128);
  for (let c = 0; c < 128; c++) {
    const isSpace = c === 0x20 || (c >= 0x09 && c <= 0x0d);
    table[c] = isSpace ? SPACE : lower && c >= 0x41 && c <= 0x5a ? c + 32 : c;
  }
  return table;
}

/** For the unit test that holds `asciiTable` to the general rule. */
export const computeFoldForTest = computeFold;

const ASCII_FOLD = asciiTable(true);
const ASCII_FOLD_KEEP_CASE = asciiTable(false);

// Lazily filled: 0 means "not computed yet" (only U+0000 folds to 0, and it is ASCII).
// Two 128 KiB tables beat a Map on CJK-heavy pages where every code unit is non-ASCII.
const FOLD_CACHE = new Uint16Array(0x10000);
const FOLD_KEEP_CASE_CACHE = new Uint16Array(0x10000);

/**
 * Folds computed elsewhere (at build time, see char-tables.ts), read on a
 * cache miss, so a page never runs the Unicode calls for them and loading
 * them costs nothing up front: `offsetOf` says where a code unit sits in the
 * tables (-1: not there), and a 0 in a table means "not given".
 */
export interface PrimedFolds {
  offsetOf(c: number): number;
  fold: string;
  foldKeepingCase: string;
}

let primed: PrimedFolds | null = null;

export function primeFolds(folds: PrimedFolds): void {
  primed = folds;
}

function primedFold(c: number, table: 'fold' | 'foldKeepingCase'): number {
  if (!primed) return 0;
  const k = primed.offsetOf(c);
  return k < 0 ? 0 : primed[table].charCodeAt(k);
}

/** Folds one UTF-16 code unit (case-insensitive fold). */
export function foldCodeUnit(c: number): number {
  if (c < 128) return ASCII_FOLD[c]!;
  const cached = FOLD_CACHE[c]!;
  if (cached !== 0) return cached;
  const folded = primedFold(c, 'fold') || computeFold(c, true);
  FOLD_CACHE[c] = folded;
  return folded;
}

/** Like `foldCodeUnit` but keeps letter case: quotes, dashes, spaces and diacritics only. */
export function foldCodeUnitKeepingCase(c: number): number {
  if (c < 128) return ASCII_FOLD_KEEP_CASE[c]!;
  const cached = FOLD_KEEP_CASE_CACHE[c]!;
  if (cached !== 0) return cached;
  const folded = primedFold(c, 'foldKeepingCase') || computeFold(c, false);
  FOLD_KEEP_CASE_CACHE[c] = folded;
  return folded;
}

function foldWith(text: string, foldUnit: (c: number) => number): string {
  const n = text.length;
  let i = 0;
  // Most aliases and many text chunks are already folded: return them without copying.
  while (i < n) {
    const c = text.charCodeAt(i);
    if (foldUnit(c) !== c) break;
    i++;
  }
  if (i === n) return text;
  const units = new Uint16Array(n);
  for (let j = 0; j < n; j++) units[j] = foldUnit(text.charCodeAt(j));
  return stringFromCodeUnits(units);
}

/** A string of the given UTF-16 code units, built in chunks (a spread of millions would overflow the stack). */
export function stringFromCodeUnits(units: Uint16Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < units.length; i += CHUNK) {
    out += String.fromCharCode(...units.subarray(i, Math.min(units.length, i + CHUNK)));
  }
  return out;
}

/** Folds a string for matching. The result always has the same length as the input. */
export function fold(text: string): string {
  return foldWith(text, foldCodeUnit);
}

/** Folds a string but keeps letter case. Same length as the input. */
export function foldKeepingCase(text: string): string {
  return foldWith(text, foldCodeUnitKeepingCase);
}

/**
 * The upper-case form of an already case-kept-folded code unit, or the unit
 * itself when upper-casing would change length (ß → SS).
 */
export function upperCodeUnit(c: number): number {
  if (c < 128) return c >= 0x61 && c <= 0x7a ? c - 32 : c;
  if (isSurrogate(c)) return c;
  const upper = String.fromCharCode(c).toUpperCase();
  return upper.length === 1 ? upper.charCodeAt(0) : c;
}
