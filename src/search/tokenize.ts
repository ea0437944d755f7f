/**
 * Words for search: the same fold the matcher uses (case, diacritics,
 * typographic quotes and dashes), then runs of letters and digits. The fold
 * keeps every offset, so a token's start and end are true in the original
 * text too, which is what lets the popup highlight the words it matched.
 */
import { fold } from '../matcher/fold';

export interface Token {
  /** The folded word: "kazakhstan", "84", "21.5". */
  term: string;
  start: number;
  end: number;
}

// A number keeps its decimal or thousands separators ("21.5", "1,500"); "$84" and "36%" lose their signs.
const WORD = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+/gu;
// The same on ASCII text, where lowercasing is the whole fold: several times faster on the bulk of a dataset.
const ASCII = /^[\x00-\x7f]*$/;
const ASCII_WORD = /[0-9]+(?:[.,][0-9]+)*|[a-z0-9]+/g;

/** Words so common that requiring them would only lose results; a query of nothing else still uses them. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be by for from has in is it its of on or that the to was were with'.split(' '),
);

export function tokenize(text: string): Token[] {
  const ascii = ASCII.test(text);
  const folded = ascii ? text.toLowerCase() : fold(text);
  const pattern = ascii ? ASCII_WORD : WORD;
  const tokens: Token[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) {
    const word = match[0];
    // Only numbers can hold a comma here: "1,500" and "1500" are the same number to a reader.
    const term = word.includes(',') ? word.replace(/,/g, '') : word;
    tokens.push({ term, start: match.index, end: match.index + word.length });
  }
  return tokens;
}

/** The distinct words of a text, in order of first appearance. */
export function termsOf(text: string): string[] {
  return [...new Set(tokenize(text).map((token) => token.term))];
}
