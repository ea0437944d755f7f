/**
 * User-timing marks for `npm run bench`. Only bench builds (GEOLENS_BENCH=1)
 * emit them: the page shares the performance timeline, and a shipped
 * extension must not leave traces a page could read.
 */
declare const __GEOLENS_BENCH__: boolean;

export const BENCH = __GEOLENS_BENCH__;

export function benchMeasure(name: string, start: number): void {
  if (BENCH) performance.measure(name, { start, end: performance.now() });
}

export function benchMark(name: string, startTime?: number): void {
  if (BENCH) performance.mark(name, startTime === undefined ? undefined : { startTime });
}
