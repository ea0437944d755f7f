/**
 * What a page's main thread did, from a Chromium trace (CDP Tracing), and
 * which of it was an extension's. The bench measures from outside: nothing
 * here relies on marks the extension sets.
 *
 * A task "contains extension work" when any event inside it names a
 * chrome-extension:// script (EvaluateScript, v8.compile, FunctionCall: the
 * content script's evaluation, its callbacks, timers, observers and message
 * listeners), or when a V8 CPU sample taken during it has an extension
 * frame on its stack (what runs as a promise continuation inside another
 * task, which no trace event names). Each bench session loads one
 * extension, so any chrome-extension:// URL is the variant under test.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  /** Microseconds, on a clock shared by every process of the browser. */
  ts: number;
  dur?: number;
  tts?: number;
  tdur?: number;
  pid: number;
  tid: number;
  id?: string | number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- trace args vary by event
  args?: any;
}

/**
 * devtools.timeline and the V8 categories, as the issue asks, with the CPU
 * sampler (attribution of promise continuations). Tasks are DevTools' own
 * `RunTask` events (disabled-by-default-devtools.timeline), which hold the
 * microtask checkpoint after a task, as a long task does. Left out on
 * purpose: `toplevel` (the same tasks again, on every thread of every
 * process), disabled-by-default-v8.gc (the phases inside each GC event) and
 * disabled-by-default-v8.compile (hundreds of tiny events per script, which
 * inflate the very compile times they describe).
 */
export const TRACE_CATEGORIES = [
  '-*',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  ...(process.env.BENCH_EXTRA_CATEGORIES?.split(',').filter(Boolean) ?? []),
];

/** Starts tracing on a page's CDP session; the returned function stops it and hands back every event. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const onData = (data: { value: object[] }) => {
    for (const event of data.value) events.push(event as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    // A generous buffer: mark.js on the 1 MB page fills the default one before its load is over.
    traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordUntilFull', traceBufferSizeInKb: 1_000_000 } as object,
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise<boolean>((resolve) => cdp.once('Tracing.tracingComplete', (event) => resolve(!!event.dataLossOccurred)));
    await cdp.send('Tracing.end');
    if (await complete) console.warn('\n(the trace buffer overflowed: the end of this load is missing)');
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

export const KINDS = ['script', 'compile', 'parse', 'style', 'layout', 'paint', 'gc', 'other'] as const;
export type Kind = (typeof KINDS)[number];

/**
 * One top-level task on the page's main thread. Times in milliseconds: wall
 * time (`ms`, what the page waits) and thread time (`cpuMs`, what the thread
 * worked: on a shared machine the wall time also holds the moments the
 * thread was not scheduled, which can be most of it).
 */
export interface Task {
  start: number;
  ms: number;
  cpuMs: number;
  /** Contains extension work (see the module comment). */
  extension: boolean;
  /** Time of the bench's own probe script inside it (bench-probe.js), left out of every total. */
  probeMs: number;
  probeCpuMs: number;
  /** Renders a frame (BeginMainThreadFrame, paint). */
  frame: boolean;
  /** Self thread time by kind of work. */
  kinds: Record<Kind, number>;
  layouts: number;
  styleRecalcs: number;
  /** Layouts nested inside script: forced synchronous. */
  forcedLayouts: number;
  /** Style recalculations nested inside script: forced synchronous too, alone or before a forced layout. */
  forcedRecalcs: number;
  /** Elements whose style the recalculations in it computed: what they did, apart from how fast the machine did it. */
  restyledElements: number;
  /** Thread time of the longest GC event in it. */
  longestGcMs: number;
}

export interface MainThread {
  tasks: Task[];
  /** User-timing marks of every process (the page, the extension's worker), by name: times in ms. */
  marks: Map<string, number[]>;
}

/** The name of the probe script the bench adds to every page (see run.ts). */
export const PROBE_URL = 'bench-probe.js';
const EXTENSION_URL = 'chrome-extension://';

const KIND_BY_NAME = new Map<string, Kind>([
  ...['EvaluateScript', 'FunctionCall', 'v8.callFunction', 'v8.run', 'v8.evaluateModule', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'RunPostTaskCallback', 'EventDispatch', 'V8.Execute'].map(
    (name) => [name, 'script'] as const,
  ),
  ...['v8.compile', 'v8.compileModule', 'v8.produceCache', 'v8.produceModuleCache', 'v8.deserializeOnBackground', 'V8.CompileCode'].map((name) => [name, 'compile'] as const),
  ...['ParseHTML'].map((name) => [name, 'parse'] as const),
  ...['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'].map((name) => [name, 'style'] as const),
  ...['Layout'].map((name) => [name, 'layout'] as const),
  ...['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'UpdateLayerTree', 'CompositeLayers', 'PaintImage', 'Decode Image', 'Decode LazyPixelRef', 'ResizeImage'].map(
    (name) => [name, 'paint'] as const,
  ),
  ...['MinorGC', 'MajorGC'].map((name) => [name, 'gc'] as const),
]);

function kindOf(name: string): Kind | undefined {
  return KIND_BY_NAME.get(name) ?? (/^(V8\.GC|BlinkGC\.|CppGC\.)/.test(name) ? 'gc' : undefined);
}

function scriptUrl(event: TraceEvent): string | undefined {
  const args = event.args;
  if (!args) return undefined;
  return args.data?.url || args.fileName || args.data?.stackTrace?.[0]?.url || undefined;
}

interface Node {
  event: TraceEvent;
  end: number;
  cpu: number;
  children: Node[];
}

/** The page's renderer main thread: the one that committed `pageUrl` (the last time, if it did twice). */
function pageThread(events: readonly TraceEvent[], pageUrl: string): { pid: number; tid: number } | undefined {
  let found: TraceEvent | undefined;
  for (const event of events) {
    if (event.name === 'CommitLoad' && event.args?.data?.url === pageUrl && event.args.data.isMainFrame !== false) found = event;
  }
  return found && { pid: found.pid, tid: found.tid };
}

/** Complete events of one thread (B/E pairs joined), as a forest ordered by start. */
function eventForest(events: readonly TraceEvent[], pid: number, tid: number): Node[] {
  const complete: Node[] = [];
  const open: TraceEvent[] = [];
  for (const event of events) {
    if (event.pid !== pid || event.tid !== tid) continue;
    if (event.ph === 'X') complete.push({ event, end: event.ts + (event.dur ?? 0), cpu: event.tdur ?? event.dur ?? 0, children: [] });
    else if (event.ph === 'B') open.push(event);
    else if (event.ph === 'E') {
      const begin = open.pop();
      // What an event learned by its end (a style recalculation's element count) is in the end's args.
      if (begin) complete.push({ event: event.args ? { ...begin, args: { ...begin.args, ...event.args } } : begin, end: event.ts, cpu: event.tts !== undefined && begin.tts !== undefined ? event.tts - begin.tts : event.ts - begin.ts, children: [] });
    }
  }
  complete.sort((a, b) => a.event.ts - b.event.ts || b.end - a.end);
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const node of complete) {
    while (stack.length && stack.at(-1)!.end <= node.event.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent && node.end <= parent.end) parent.children.push(node);
    else {
      // Not inside anything still open (or overlapping it, which a well-formed trace never does).
      stack.length = 0;
      roots.push(node);
    }
    stack.push(node);
  }
  return roots;
}

/** Times (µs) of the thread's CPU samples whose stack holds a frame of a script matching `isOurs`. */
function sampleTimes(events: readonly TraceEvent[], pid: number, tid: number, isOurs: (url: string) => boolean): number[] {
  // The sampler's profile for this thread: its 'Profile' event is emitted on the thread itself.
  const profileIds = new Set(events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid).map((e) => e.id));
  const starts = new Map(events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid).map((e) => [e.id, e.args?.data?.startTime as number]));
  const parent = new Map<number, number>();
  const ours = new Map<number, boolean>();
  const own = new Map<number, boolean>();
  const times: number[] = [];
  const clock = new Map<string | number | undefined, number>();
  for (const event of events) {
    if (event.name !== 'ProfileChunk' || event.pid !== pid || !profileIds.has(event.id)) continue;
    const profile = event.args?.data?.cpuProfile as { nodes?: { id: number; parent?: number; callFrame: { url?: string } }[]; samples?: number[] } | undefined;
    for (const node of profile?.nodes ?? []) {
      if (node.parent !== undefined) parent.set(node.id, node.parent);
      own.set(node.id, !!node.callFrame.url && isOurs(node.callFrame.url));
    }
    const deltas = (event.args?.data?.timeDeltas as number[] | undefined) ?? [];
    let t = clock.get(event.id) ?? starts.get(event.id) ?? 0;
    (profile?.samples ?? []).forEach((sample, i) => {
      t += deltas[i] ?? 0;
      if (isOursNode(sample)) times.push(t);
    });
    clock.set(event.id, t);
  }
  function isOursNode(id: number): boolean {
    let known = ours.get(id);
    if (known === undefined) {
      const up = parent.get(id);
      known = own.get(id) === true || (up !== undefined && isOursNode(up));
      ours.set(id, known);
    }
    return known;
  }
  return times.sort((a, b) => a - b);
}

/** Whether a sorted list holds a value in [from, to]. */
function anyWithin(sorted: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]! <= to;
}

function summarise(root: Node, extensionSamples: readonly number[]): Task {
  const kinds = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  const task: Task = {
    start: root.event.ts / 1000,
    ms: (root.end - root.event.ts) / 1000,
    cpuMs: root.cpu / 1000,
    extension: anyWithin(extensionSamples, root.event.ts, root.end),
    probeMs: 0,
    probeCpuMs: 0,
    frame: false,
    kinds,
    layouts: 0,
    styleRecalcs: 0,
    forcedLayouts: 0,
    forcedRecalcs: 0,
    restyledElements: 0,
    longestGcMs: 0,
  };
  const visit = (node: Node, inherited: Kind, inScript: boolean, inProbe: boolean) => {
    const { name } = node.event;
    const own = kindOf(name);
    const kind = own ?? inherited;
    const ms = (node.end - node.event.ts) / 1000;
    const url = scriptUrl(node.event);
    if (url?.startsWith(EXTENSION_URL)) task.extension = true;
    const probe = !inProbe && url === PROBE_URL;
    if (probe) {
      task.probeMs += ms;
      task.probeCpuMs += node.cpu / 1000;
    }
    if (name === 'Layout' || name === 'UpdateLayoutTree') {
      if (name === 'Layout') task.layouts++;
      else {
        task.styleRecalcs++;
        task.restyledElements += Number(node.event.args?.elementCount ?? 0);
      }
      if (inScript && name === 'Layout') task.forcedLayouts++;
      else if (inScript) task.forcedRecalcs++;
    }
    if (own === 'paint') task.frame = true;
    if (own === 'gc' && inherited !== 'gc') task.longestGcMs = Math.max(task.longestGcMs, node.cpu / 1000);
    let childCpu = 0;
    for (const child of node.children) {
      childCpu += child.cpu;
      visit(child, kind, inScript || kind === 'script', inProbe || probe);
    }
    kinds[kind] += Math.max(0, node.cpu - childCpu) / 1000;
  };
  visit(root, 'other', false, false);
  return task;
}

/** The page's main-thread tasks and every process's user-timing marks, from one trace. */
export function readMainThread(events: readonly TraceEvent[], pageUrl: string): MainThread {
  const marks = new Map<string, number[]>();
  for (const event of events) {
    if (!event.cat.includes('blink.user_timing') || event.ph === 'e') continue;
    const list = marks.get(event.name) ?? [];
    list.push(event.ts / 1000);
    marks.set(event.name, list);
  }
  const thread = pageThread(events, pageUrl);
  if (!thread) return { tasks: [], marks };
  const samples = sampleTimes(events, thread.pid, thread.tid, (url) => url.startsWith(EXTENSION_URL));
  const frameTimes = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.name === 'BeginMainThreadFrame')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const tasks = eventForest(events, thread.pid, thread.tid).map((root) => {
    const task = summarise(root, samples);
    if (anyWithin(frameTimes, root.event.ts, root.end)) task.frame = true;
    return task;
  });
  return { tasks, marks };
}

/** The tasks that start in [from, to) (ms). */
export function tasksBetween(thread: MainThread, from: number, to: number): Task[] {
  return thread.tasks.filter((t) => t.start >= from && t.start < to);
}
