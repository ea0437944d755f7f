/**
 * Which parts of a text a search matched, as plain segments the popup renders
 * as text and <mark> nodes (never as HTML).
 */
import { tokenize } from './tokenize';

/** Folded vocabulary word → how many of its leading characters to mark. */
export type Highlights = ReadonlyMap<string, number>;

export interface Segment {
  text: string;
  match: boolean;
}

/** What may sit between two matched words for them to be marked as one: a space or a hyphen. */
const JOINER = /^[\s\-‐‑–]$/;

export function highlightSegments(text: string, highlights: Highlights): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  if (highlights.size > 0)
    for (const token of tokenize(text)) {
      const length = highlights.get(token.term);
      if (length === undefined) continue;
      // A prefix match marks what was typed ("expor|ts"); "1,500" folds to "1500", so mark the whole token.
      const end = token.term.length === token.end - token.start ? Math.min(token.end, token.start + length) : token.end;
      const gap = text.slice(at, token.start);
      const previous = segments[segments.length - 1];
      // "84 billion", "one-fifth": words matched side by side read as one mark.
      if (previous?.match && JOINER.test(gap)) previous.text += gap + text.slice(token.start, end);
      else {
        if (gap) segments.push({ text: gap, match: false });
        segments.push({ text: text.slice(token.start, end), match: true });
      }
      at = end;
    }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}

export function hasMatch(segments: readonly Segment[]): boolean {
  return segments.some((segment) => segment.match);
}

/**
 * About `maxLength` characters of `text` around its first match, with an
 * ellipsis where it was cut, or the start of the text when nothing matched.
 */
export function snippet(text: string, highlights: Highlights, maxLength: number): Segment[] {
  const segments = highlightSegments(text, highlights);
  if (text.length <= maxLength) return segments;
  let offset = 0;
  let firstMatch = 0;
  for (const segment of segments) {
    if (segment.match) {
      firstMatch = offset;
      break;
    }
    offset += segment.text.length;
  }
  // Some words of lead-in, so the match is read in context; cut at word boundaries.
  let start = Math.max(0, firstMatch - Math.floor(maxLength / 4));
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const window: Segment[] = [];
  offset = 0;
  for (const segment of segments) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + segment.text.length);
    if (from < to) window.push({ text: segment.text.slice(from - offset, to - offset), match: segment.match });
    offset += segment.text.length;
  }
  if (start > 0) window.unshift({ text: '…', match: false });
  if (end < text.length) window.push({ text: '…', match: false });
  return window;
}
