/**
 * `npm run bench:offload`: a prototype of matching off the page's main thread
 * (docs/scaling.md, step 3), to weigh that design by what it would leave on
 * the page. It reads the page as the annotator does (the same TextWalker, skip
 * rules, slices and 16 KB NUL-joined batches), posts each batch to another
 * thread (__TRANSPORT__: 'port', the extension's service worker over a
 * `runtime.Port`; or 'worker', a dedicated worker started from a blob URL),
 * and paints what comes back: the first mention of each entity, as one
 * StaticRange in one Highlight (the default "first mention" policy).
 * __READER__ 'data' reads each node's `data` and joins the batch with NUL, as
 * the annotator does; 'range' reads only each node's length and takes the
 * batch's text from the browser in one `Range.toString()`, leaving the NULs to
 * the other thread. That is only right where no skipped text lies between two
 * of the walker's nodes, which holds for the bench's articles: a build would
 * have to end a batch wherever the walker skips.
 *
 * It leaves out what the real content script also does (settings, the
 * mention store and its context rules, the hover controller, the card), so
 * its main-thread time is a lower bound for the design, not a build of it.
 * Every task on the page is timed as a `geolens:slice`, replies included, though
 * not what the browser spends decoding a reply before the handler runs (small:
 * the replies are packed spans, about 5,400 numbers per MB of text).
 */
import { BATCH_CHARS, BATCH_NODES } from '../../src/content/batch-limits';
import { benchMark, benchMeasure } from '../../src/content/bench-marks';
import { SLICE_BUDGET_MS, nextTask } from '../../src/content/scheduler';
import { TextWalker } from '../../src/content/text-walker';
import type { OffloadReply, OffloadRequest } from './offload-matching';

declare const __TRANSPORT__: 'port' | 'worker';
declare const __READER__: 'data' | 'range';
/** The dedicated worker's bundle (offload-worker.ts), inlined at build time. */
declare const __WORKER_SOURCE__: string;

interface Batch {
  nodes: Text[];
  lengths: number[];
}

const scriptStart = performance.now();
const inFlight = new Map<number, Batch>();
const shownEntities = new Set<number>();
const highlight = new Highlight();
CSS.highlights.set('geolens-offload', highlight);
const walker = new TextWalker([document.body], new Set());
const range = document.createRange();
let nextId = 0;
let walked = false;
let scheduled = false;
const totals = { post: 0, reply: 0, matching: 0, spans: 0 };

const post = connect(onReply);
benchMeasure('geolens:slice', scriptStart);
schedule();

function connect(receive: (reply: OffloadReply) => void): (request: OffloadRequest) => void {
  if (__TRANSPORT__ === 'port') {
    const port = chrome.runtime.connect({ name: 'offload' });
    port.onMessage.addListener(receive);
    return (request) => port.postMessage(request);
  }
  const url = URL.createObjectURL(new Blob([__WORKER_SOURCE__], { type: 'text/javascript' }));
  const worker = new Worker(url);
  URL.revokeObjectURL(url);
  worker.onmessage = ({ data }: MessageEvent<OffloadReply>) => receive(data);
  return (request) => worker.postMessage(request);
}

function slice(): void {
  scheduled = false;
  const started = performance.now();
  const deadline = started + SLICE_BUDGET_MS;
  while (!walked && performance.now() <= deadline) {
    const batch: Batch = { nodes: [], lengths: [] };
    const parts: string[] = [];
    let chars = 0;
    while (chars < BATCH_CHARS && batch.nodes.length < BATCH_NODES) {
      const text = walker.next();
      if (!text) {
        walked = true;
        break;
      }
      let length: number;
      if (__READER__ === 'range') {
        length = text.length;
      } else {
        const data = text.data;
        parts.push(data);
        length = data.length;
      }
      batch.nodes.push(text);
      batch.lengths.push(length);
      chars += length + 1;
    }
    const { nodes } = batch;
    if (nodes.length === 0) break;
    const id = nextId++;
    inFlight.set(id, batch);
    let request: OffloadRequest;
    if (__READER__ === 'range') {
      range.setStart(nodes[0]!, 0);
      range.setEnd(nodes[nodes.length - 1]!, nodes[nodes.length - 1]!.length);
      // Extension messaging serialises as JSON, where a typed array would become an object of keys.
      const lengths = __TRANSPORT__ === 'worker' ? Int32Array.from(batch.lengths) : batch.lengths;
      request = { id, text: range.toString(), lengths };
    } else {
      request = { id, text: parts.join('\0') };
    }
    const posting = performance.now();
    post(request);
    totals.post += performance.now() - posting;
  }
  benchMeasure('geolens:slice', started);
  if (!walked) schedule();
  else finishIfDone();
}

function onReply(reply: OffloadReply): void {
  const started = performance.now();
  totals.matching += reply.ms;
  const batch = inFlight.get(reply.id);
  inFlight.delete(reply.id);
  if (batch) paint(batch, reply.spans);
  totals.reply += performance.now() - started;
  benchMeasure('geolens:slice', started);
  finishIfDone();
}

/** Hands each span to its node, as the annotator's `distribute` does, and paints first mentions. */
function paint({ nodes, lengths }: Batch, spans: ArrayLike<number>): void {
  totals.spans += spans.length / 3;
  let next = 0;
  let offset = 0;
  for (let i = 0; i < nodes.length && next < spans.length; i++) {
    const node = nodes[i]!;
    const end = offset + lengths[i]!;
    // The page may have changed the node since it was read (a build would follow the mutation records).
    const unchanged = node.length === lengths[i];
    for (; next < spans.length && spans[next]! < end; next += 3) {
      const entity = spans[next + 2]!;
      if (!unchanged || shownEntities.has(entity)) continue;
      shownEntities.add(entity);
      highlight.add(new StaticRange({ startContainer: node, startOffset: spans[next]! - offset, endContainer: node, endOffset: spans[next + 1]! - offset }));
    }
    offset = end + 1;
  }
}

function finishIfDone(): void {
  if (!walked || inFlight.size > 0) return;
  for (const [name, value] of Object.entries(totals)) performance.mark(`offload:${name}`, { detail: value });
  benchMark('geolens:idle');
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  nextTask(slice);
}
