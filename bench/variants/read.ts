/**
 * `npm run bench:read`: one way of reading the page's text, chosen at build
 * time (__READER__), timed once the page has settled. Nothing is matched:
 * this asks only what getting the characters out of the DOM costs a content
 * script, to weigh designs of the annotator's reader against each other.
 * Every reader sees the same text nodes (a plain TreeWalker over the body;
 * the bench article has nothing the skip rules would skip).
 */
import { BATCH_CHARS } from '../../src/content/batch-limits';
import { SKIPPED_SELECTOR } from '../../src/content/text-walker';

declare const __READER__: string;

const BLOCKS = 'p,li,dd,dt,h1,h2,h3,h4,h5,h6,td,th,blockquote,figcaption,caption';
/** What would make a block's `textContent` differ from its text nodes read one by one. */
const NOT_FLAT = `${SKIPPED_SELECTOR},br,${BLOCKS},div,article,section`;

/** Reads every code unit, as a scan must: what a string costs to read depends on where it lives. */
function readAll(text: string): number {
  let odd = 0;
  for (let i = 0; i < text.length; i++) odd += text.charCodeAt(i) & 1;
  return odd;
}

/** Walks the text nodes reading their `data`, and hands each 16 KB batch, joined with NUL, to `onBatch`. */
function readBatches(onBatch: (text: string) => number): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let sum = 0;
  let parts: string[] = [];
  let chars = 0;
  const flush = () => {
    sum += onBatch(parts.join('\0'));
    parts = [];
    chars = 0;
  };
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    parts.push(data);
    chars += data.length + 1;
    if (chars >= BATCH_CHARS) flush();
  }
  if (parts.length) flush();
  return sum;
}

/** Walks the text nodes reading only their lengths, and hands each 16 KB run's text, read in one call, to `onRun`. */
function readRuns(onRun: (text: string, lengths: readonly number[]) => number): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const lengths: number[] = [];
  let sum = 0;
  let first: Text | null = null;
  let last: Text | null = null;
  let chars = 0;
  const flush = () => {
    range.setStart(first!, 0);
    range.setEnd(last!, last!.length);
    sum += onRun(range.toString(), lengths);
    lengths.length = 0;
    first = null;
    chars = 0;
  };
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    first ??= n;
    last = n;
    lengths.push(n.length);
    chars += n.length + 1;
    if (chars >= BATCH_CHARS) flush();
  }
  if (first) flush();
  return sum;
}

const readers: Record<string, () => number> = {
  /** What the walk baseline reads: every text node's `data`. */
  data() {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let sum = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) sum += (n as Text).data.length;
    return sum;
  },
  /** What the annotator reads: `data`, joined with NUL into batches. */
  'data + join'() {
    return readBatches((text) => text.charCodeAt(0));
  },
  /** The same, and every code unit of it read (the joined string is in V8's heap). */
  'data + join, read through'() {
    return readBatches(readAll);
  },
  /** Each node's length only: no string crosses into JavaScript. */
  length() {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let sum = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) sum += (n as Text).length;
    return sum;
  },
  /** Lengths, and one string per batch from the browser: `Range.toString()` over a run of nodes. */
  'length + Range.toString'() {
    return readRuns((text) => text.charCodeAt(0));
  },
  /** The same, and every code unit of it read (the browser's string is external to V8's heap). */
  'length + Range.toString, read through'() {
    return readRuns(readAll);
  },
  /** The same, cut back into nodes and joined with NUL as the annotator needs it. */
  'length + Range.toString, re-joined'() {
    return readRuns((text, lengths) => {
      const parts: string[] = [];
      let at = 0;
      for (const length of lengths) parts.push(text.slice(at, (at += length)));
      return parts.join('\0').charCodeAt(0);
    });
  },
  /** One string per block (paragraph, heading, list item, cell…). */
  'textContent per block'() {
    let sum = 0;
    for (const block of document.body.querySelectorAll(BLOCKS)) sum += block.textContent!.charCodeAt(0);
    return sum;
  },
  /** The same, after checking that the block holds nothing its text nodes would read differently. */
  'textContent per checked block'() {
    let sum = 0;
    for (const block of document.body.querySelectorAll(BLOCKS)) sum += block.querySelector(NOT_FLAT) ? 1 : block.textContent!.charCodeAt(0);
    return sum;
  },
};

// Once the page has settled, as the annotator's walk would be by then.
setTimeout(() => {
  const read = readers[__READER__];
  if (!read) throw new Error(`No reader called ${__READER__}: the names are ${Object.keys(readers).join(', ')}`);
  const started = performance.now();
  (globalThis as { readSink?: number }).readSink = read();
  performance.measure('geolens:read', { start: started, end: performance.now() });
}, 300);
