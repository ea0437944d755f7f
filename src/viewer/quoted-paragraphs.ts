/**
 * A source document split into paragraphs, with the quoted passage marked.
 * Pure, so the viewer component only renders what this returns.
 */
import { findVerbatim } from '../dataset/find-verbatim';

export interface Passage {
  text: string;
  quoted: boolean;
}

export interface QuotedDocument {
  /** Each paragraph as passages; the quote may cross a paragraph break and so mark parts of several. */
  paragraphs: Passage[][];
  /** False when the quote is not in the text (the compiler prevents it; an old link may not). */
  found: boolean;
}

export function quotedParagraphs(text: string, quote: string): QuotedDocument {
  // The compiler stores quotes exactly as the document has them; findVerbatim also forgives a difference in spacing.
  const exact = quote ? text.indexOf(quote) : -1;
  const spaced = exact >= 0 ? null : findVerbatim(text, quote);
  const start = exact >= 0 ? exact : spaced ? text.indexOf(spaced) : -1;
  const end = start < 0 ? -1 : start + (exact >= 0 ? quote.length : spaced!.length);
  const paragraphs: Passage[][] = [];
  // One paragraph per non-blank line, as the documents were published.
  for (const line of text.matchAll(/[^\n]*\S[^\n]*/g)) {
    const from = line.index;
    const to = from + line[0].length;
    const cut = (a: number, b: number, quoted: boolean): Passage[] => (a < b ? [{ text: text.slice(a, b), quoted }] : []);
    if (start < 0 || end <= from || start >= to) {
      paragraphs.push(cut(from, to, false));
      continue;
    }
    const quoteFrom = Math.max(start, from);
    const quoteTo = Math.min(end, to);
    paragraphs.push([...cut(from, quoteFrom, false), ...cut(quoteFrom, quoteTo, true), ...cut(quoteTo, to, false)]);
  }
  return { paragraphs, found: start >= 0 };
}
