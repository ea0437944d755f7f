/**
 * Cooperative slicing: long work runs in slices of at most SLICE_BUDGET_MS and
 * yields to the page between them, so no task of ours comes near the 50 ms
 * that makes a page feel stuck (a "long task").
 */
import { benchMeasure } from './bench-marks';

/** Well under the 50 ms long-task line, leaving the page room for its own work in the same frame. */
export const SLICE_BUDGET_MS = 8;

type PostTask = (callback: () => void, options?: { priority?: string }) => Promise<unknown>;

/** Runs `callback` in a new task, as soon as the page has had its turn. */
export function nextTask(callback: () => void): void {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (scheduler?.postTask) {
    scheduler.postTask(callback, { priority: 'user-visible' }).catch(() => {});
    return;
  }
  // setTimeout(0) is clamped to 4 ms once nested; a message port is not.
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    callback();
  };
  channel.port2.postMessage(null);
}

/**
 * Runs a generator one step per task, each step timed as a slice, and hands
 * its result to `done` (in the last step's task). Returns a function that
 * cancels the rest.
 */
export function runInTasks<T>(steps: Generator<void, T>, done: (value: T) => void): () => void {
  let cancelled = false;
  const step = () => {
    if (cancelled) return;
    const started = performance.now();
    const result = steps.next();
    if (result.done) done(result.value);
    else nextTask(step);
    benchMeasure('geolens:slice', started);
  };
  nextTask(step);
  return () => {
    cancelled = true;
  };
}

export interface SliceStats {
  slices: number;
  totalMs: number;
  longestMs: number;
  /** Slices over the 50 ms long-task line (should stay 0). */
  longSlices: number;
}

export function emptyStats(): SliceStats {
  return { slices: 0, totalMs: 0, longestMs: 0, longSlices: 0 };
}

export function recordSlice(stats: SliceStats, ms: number): void {
  stats.slices += 1;
  stats.totalMs += ms;
  stats.longestMs = Math.max(stats.longestMs, ms);
  if (ms > 50) stats.longSlices += 1;
}
