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
import { foldCodeUnit, foldCodeUnitKeepingCase, primeFolds } from './fold.ts';
import { bmpCharClass, primeCharClasses } from './word-boundary.ts';

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

/**
 * Hands `computeCharTables` output to the fold and the word classes, which
 * read it on their first look at each code unit: nothing is copied here, so
 * a page that never meets a non-ASCII character pays nothing for them.
 */
export function loadCharTables(tables: CharTables): void {
  const size = tables.ranges.reduce((n, [from, to]) => n + to - from + 1, 0);
  if (tables.fold.length !== size || tables.foldKeepingCase.length !== size || tables.classes.length !== size) {
    throw new Error('Corrupt character tables: lengths disagree with the ranges');
  }
  const ranges = tables.ranges.map(([from, to]) => [from, to] as const);
  const offsetOf = (c: number): number => {
    let k = 0;
    for (const [from, to] of ranges) {
      if (c >= from && c <= to) return k + c - from;
      k += to - from + 1;
    }
    return -1;
  };
  primeFolds({ offsetOf, fold: tables.fold, foldKeepingCase: tables.foldKeepingCase });
  primeCharClasses((c) => {
    const k = offsetOf(c);
    return k < 0 ? 0 : tables.classes.charCodeAt(k) - 48;
  });
}
