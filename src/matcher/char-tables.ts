/**
 * Fold and word-class tables for the non-ASCII characters most pages carry:
 * accented Latin, Greek and Cyrillic letters, combining marks, and typographic
 * punctuation (curly quotes, dashes, no-break and thin spaces).
 *
 * Folding and classifying a code unit the first time costs Unicode calls
 * (normalize, toLowerCase, property regexes, whose first use compiles a large
 * character class): a few milliseconds on every page that has a curly quote.
 * The build computes these tables once, with the same functions, and the
 * content script loads them before its first scan. They also make the page's
 * fold of these characters the one the build folded the aliases with.
 */
import { foldCodeUnit, foldCodeUnitKeepingCase, primeFold } from './fold';
import { bmpCharClass, primeCharClass } from './word-boundary';

/** Inclusive ranges of BMP code units, none of them surrogates. */
export const COMMON_RANGES: readonly (readonly [number, number])[] = [
  [0x0080, 0x052f], // Latin-1 Supplement to Cyrillic Supplement, combining marks included
  [0x1e00, 0x1fff], // Latin Extended Additional (Vietnamese), Greek Extended
  [0x2000, 0x206f], // General Punctuation
  [0x20a0, 0x20bf], // Currency symbols
];

/** JSON-ready tables: one code unit (fold) or digit (class) per code unit of the ranges, in order. */
export interface CharTables {
  ranges: [number, number][];
  fold: string;
  foldKeepingCase: string;
  classes: string;
}

export function computeCharTables(ranges: readonly (readonly [number, number])[] = COMMON_RANGES): CharTables {
  const fold: number[] = [];
  const keep: number[] = [];
  let classes = '';
  for (const [from, to] of ranges) {
    for (let c = from; c <= to; c++) {
      fold.push(foldCodeUnit(c));
      keep.push(foldCodeUnitKeepingCase(c));
      classes += String(bmpCharClass(c));
    }
  }
  return { ranges: ranges.map(([a, b]) => [a, b]), fold: String.fromCharCode(...fold), foldKeepingCase: String.fromCharCode(...keep), classes };
}

/** Primes the fold and class caches from `computeCharTables` output. */
export function loadCharTables(tables: CharTables): void {
  const size = tables.ranges.reduce((n, [from, to]) => n + to - from + 1, 0);
  if (tables.fold.length !== size || tables.foldKeepingCase.length !== size || tables.classes.length !== size) {
    throw new Error('Corrupt character tables: lengths disagree with the ranges');
  }
  let k = 0;
  for (const [from, to] of tables.ranges) {
    for (let c = from; c <= to; c++, k++) {
      primeFold(c, tables.fold.charCodeAt(k), tables.foldKeepingCase.charCodeAt(k));
      primeCharClass(c, tables.classes.charCodeAt(k) - 48);
    }
  }
}
