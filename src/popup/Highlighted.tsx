import { highlightSegments, type Highlights, type Segment } from '../search/highlight-segments';

/** Text with the words a search matched in <mark>: built as nodes, never parsed as HTML. */
export function Segments({ segments }: { segments: readonly Segment[] }) {
  return <>{segments.map((segment) => (segment.match ? <mark>{segment.text}</mark> : segment.text))}</>;
}

export function Highlighted({ text, highlights }: { text: string; highlights: Highlights }) {
  return <Segments segments={highlightSegments(text, highlights)} />;
}
