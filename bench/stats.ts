/**
 * The bench's statistics, in one place. Every summary of repeated samples
 * goes through these, so "median" means the same thing in every table.
 */

/** Only the finite values: a sample that could not be taken is NaN and does not count. */
const finite = (values: readonly number[]) => values.filter(Number.isFinite);

/** The middle value; with an even count, the mean of the two middle ones. NaN for no values. */
export function median(values: readonly number[]): number {
  const sorted = finite(values).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile (p in 0..100): a value that was observed. NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = finite(values).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** The largest finite value; NaN for none (never -Infinity). */
export function max(values: readonly number[]): number {
  let best = NaN;
  for (const value of values) if (Number.isFinite(value) && !(value <= best)) best = value;
  return best;
}
