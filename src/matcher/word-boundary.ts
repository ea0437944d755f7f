/**
 * Word boundaries for matching, computed on the original (unfolded) text.
 *
 * The rule is a small subset of UAX #29:
 *  - word characters are letters, marks and digits (\p{L}\p{M}\p{N});
 *  - a boundary lies between two code points unless both are word characters,
 *    so "Kazakhstanian" does not contain "Kazakhstan" but "Kazakhstan's",
 *    "China-Kazakhstan" and "Ω-China" do;
 *  - scripts written without spaces (Han, Hiragana, Katakana, Thai, Lao,
 *    Khmer, Myanmar) break around every character, as UAX #29 does for
 *    ideographs, so "中国China" contains "China" and "我爱中国人" contains "中国";
 *  - a combining mark never starts a word: "Chinà" written as "China\u0300"
 *    does not contain "China";
 *  - U+02BC (modifier letter apostrophe) counts as punctuation, because it is
 *    typed as an apostrophe ("Kazakhstanʼs") more often than used as a letter;
 *  - a boundary never falls between the two halves of a surrogate pair;
 *    a lone surrogate counts as punctuation.
 */

const NOT_WORD = 1;
const WORD = 2;
const SPACELESS = 3;
const MARK = 4;
type CharClass = typeof NOT_WORD | typeof WORD | typeof SPACELESS | typeof MARK;

const MARK_RE = /^\p{M}$/u;
const WORD_RE = /^[\p{L}\p{N}]$/u;
const SPACELESS_RE =
  /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]$/u;

function classify(codePoint: number): CharClass {
  if (codePoint === 0x02bc) return NOT_WORD;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return NOT_WORD;
  const ch = String.fromCodePoint(codePoint);
  if (MARK_RE.test(ch)) return MARK;
  if (!WORD_RE.test(ch)) return NOT_WORD;
  return SPACELESS_RE.test(ch) ? SPACELESS : WORD;
}

// Lazily filled BMP cache (0 = not computed yet); astral code points are rare and use a Map.
const BMP_CLASS = new Uint8Array(0x10000);
const ASTRAL_CLASS = new Map<number, CharClass>();
// ASCII is filled up front, by rule rather than by the Unicode regexes (which cost a page load
// time to compile): letters and digits are words, the rest is not. A unit test checks it.
for (let c = 0; c < 128; c++) {
  BMP_CLASS[c] = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? WORD : NOT_WORD;
}

/** For the unit test that holds the ASCII table to the general rule. */
export const classifyForTest = classify;

/**
 * 1 for ASCII letters and digits: between two of these there is never a word
 * boundary, so no match can start there (the automaton uses this to stay at
 * its root inside words).
 */
export const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = BMP_CLASS[c] === WORD ? 1 : 0;

/** The word class of a BMP code unit (1 not a word, 2 word, 3 spaceless script, 4 mark), for char-tables.ts. */
export function bmpCharClass(c: number): number {
  return classOf(c);
}

/**
 * Classes computed elsewhere (at build time, see char-tables.ts), read on a
 * cache miss so a page never runs the Unicode regexes for them: `classOf`
 * gives a code unit's class, or 0 when it has none to give.
 */
let primedClass: ((c: number) => number) | null = null;

export function primeCharClasses(classOf: (c: number) => number): void {
  primedClass = classOf;
}

function classOf(codePoint: number): CharClass {
  if (codePoint < 0x10000) {
    const cached = BMP_CLASS[codePoint]!;
    if (cached !== 0) return cached as CharClass;
    const given = codePoint >= 128 && primedClass ? primedClass(codePoint) : 0;
    const cls = given >= NOT_WORD && given <= MARK ? (given as CharClass) : classify(codePoint);
    BMP_CLASS[codePoint] = cls;
    return cls;
  }
  let cls = ASTRAL_CLASS.get(codePoint);
  if (cls === undefined) {
    cls = classify(codePoint);
    ASTRAL_CLASS.set(codePoint, cls);
  }
  return cls;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * Whether a match may start or end at `index` of `text` (0 and `text.length`
 * included): see the module comment for the rule.
 */
export function isWordBoundary(text: string, index: number): boolean {
  const n = text.length;
  if (index < 0 || index > n) return false;
  // Fast path for the common case, two ASCII neighbours: a boundary unless both are letters or digits.
  const left = index > 0 ? text.charCodeAt(index - 1) : 32;
  const right = index < n ? text.charCodeAt(index) : 32;
  if (left < 128 && right < 128) return ASCII_WORD[left] === 0 || ASCII_WORD[right] === 0;
  let before: CharClass = NOT_WORD;
  if (index > 0) {
    const c = text.charCodeAt(index - 1);
    if (isLow(c) && index >= 2 && isHigh(text.charCodeAt(index - 2))) {
      before = classOf(text.codePointAt(index - 2)!);
    } else {
      before = classOf(c);
    }
  }
  let after: CharClass = NOT_WORD;
  if (index < n) {
    const c = text.charCodeAt(index);
    if (isHigh(c) && index + 1 < n && isLow(text.charCodeAt(index + 1))) {
      after = classOf(text.codePointAt(index)!);
    } else {
      if (isLow(c) && index > 0 && isHigh(text.charCodeAt(index - 1))) return false;
      after = classOf(c);
    }
  }
  if (after === MARK) return false;
  if (before === NOT_WORD || after === NOT_WORD) return true;
  return before === SPACELESS || after === SPACELESS;
}
