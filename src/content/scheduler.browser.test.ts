import { describe, expect, it, vi } from 'vitest';
import { emptyStats, nextTask, recordSlice, runInTasks } from './scheduler';

/** Resolves once `check` holds, looking once per task. */
async function until(check: () => boolean): Promise<void> {
  await expect.poll(check, { interval: 1 }).toBe(true);
}

describe('scheduler', () => {
  it('runs a generator one step per task, the page’s microtasks and tasks running between steps', async () => {
    const log: string[] = [];
    let result: string | undefined;
    function* steps(): Generator<void, string> {
      for (const step of ['one', 'two', 'three']) {
        log.push(step);
        queueMicrotask(() => log.push(`after ${step}`));
        yield;
      }
      return 'done';
    }
    runInTasks(steps(), (value) => (result = value));
    // Nothing runs in the caller's task.
    expect(log).toEqual([]);
    await until(() => result !== undefined);
    expect(log).toEqual(['one', 'after one', 'two', 'after two', 'three', 'after three']);
    expect(result).toBe('done');
  });

  it('stops at the next step once cancelled', async () => {
    let steps = 0;
    function* forever(): Generator<void, never> {
      for (;;) {
        steps++;
        yield;
      }
    }
    const cancel = runInTasks(forever(), () => {});
    await until(() => steps >= 2);
    cancel();
    const stopped = steps;
    // The step already queued finds the cancel and does nothing.
    let later = false;
    nextTask(() => nextTask(() => (later = true)));
    await until(() => later);
    expect(steps).toBe(stopped);
  });

  it('runs a task later, with or without the Prioritized Task Scheduling API', async () => {
    for (const withScheduler of [true, false]) {
      if (!withScheduler) vi.stubGlobal('scheduler', undefined);
      const log: string[] = [];
      nextTask(() => log.push('task'));
      queueMicrotask(() => log.push('microtask'));
      log.push('now');
      await until(() => log.length === 3);
      expect(log).toEqual(['now', 'microtask', 'task']);
      vi.unstubAllGlobals();
    }
  });

  it('counts slices, their total and longest, and those over the long-task line', () => {
    const stats = emptyStats();
    for (const ms of [3, 8, 51, 2]) recordSlice(stats, ms);
    expect(stats).toEqual({ slices: 4, totalMs: 64, longestMs: 51, longSlices: 1 });
  });
});
