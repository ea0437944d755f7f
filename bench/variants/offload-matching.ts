/**
 * `npm run bench:offload`, the other thread's half: Geolens's own matcher,
 * loaded once, answering one batch of text (joined with NUL by the page, or
 * here from the nodes' lengths) with its spans packed as (start, end, entity
 * index) triples. The same code runs in the extension's
 * service worker (offload-service-worker.ts) and in a dedicated worker
 * (offload-worker.ts); only how the text arrives differs.
 */
import { loadMatcher } from '../../src/content/page-data';
import type { Matcher } from '../../src/matcher';

export interface OffloadRequest {
  id: number;
  /** The batch's text: joined with NUL already, or, with `lengths`, read in one piece. */
  text: string;
  /** Each node's length in `text`, when the page read it in one piece: the NULs go in here. */
  lengths?: Int32Array | number[];
}

export interface OffloadReply {
  id: number;
  spans: Int32Array | number[];
  /** The matcher's time on this thread, so the run can say what moved off the page. */
  ms: number;
}

let matcher: Matcher | undefined;

function load(): Matcher {
  const steps = loadMatcher();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The batch as the matcher takes it: each node's text, joined with NUL, so node edges stay word boundaries. */
function joined({ text, lengths }: OffloadRequest): string {
  if (!lengths) return text;
  const parts: string[] = [];
  let at = 0;
  for (const length of lengths) parts.push(text.slice(at, (at += length)));
  return parts.join('\0');
}

export function answer(request: OffloadRequest): OffloadReply {
  const started = performance.now();
  matcher ??= load();
  const spans: number[] = [];
  for (const span of matcher.match(joined(request))) spans.push(span.start, span.end, span.entityIndex);
  return { id: request.id, spans, ms: performance.now() - started };
}
