/**
 * Summaries of a list of numbers for reports. Quantiles use linear interpolation between closest ranks
 * (Hyndman & Fan type 7: the default of R, NumPy and Excel's PERCENTILE.INC): for p in [0, 1] over n sorted
 * values, h = (n − 1)·p and the quantile lies between the values at ranks ⌊h⌋ and ⌈h⌉. An empty list has no
 * quantile (null), never NaN.
 */

/** The p-quantile (0 ≤ p ≤ 1) of values already sorted ascending; null for an empty list. */
export function quantileSorted(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * Math.min(1, Math.max(0, p));
  const below = sorted[Math.floor(h)]!;
  const above = sorted[Math.ceil(h)]!;
  return below + (h - Math.floor(h)) * (above - below);
}

/** The median (the 0.5-quantile); null for an empty list. */
export function median(values: readonly number[]): number | null {
  return quantileSorted(sortedCopy(values), 0.5);
}

/** Count, min, quartiles, median and max of a list; every statistic is null when the list is empty. */
export interface Spread {
  count: number;
  min: number | null;
  p25: number | null;
  median: number | null;
  p75: number | null;
  max: number | null;
}

/** The spread of a list of numbers. */
export function spreadOf(values: readonly number[]): Spread {
  const sorted = sortedCopy(values);
  return {
    count: sorted.length,
    min: sorted[0] ?? null,
    p25: quantileSorted(sorted, 0.25),
    median: quantileSorted(sorted, 0.5),
    p75: quantileSorted(sorted, 0.75),
    max: sorted.at(-1) ?? null,
  };
}

/** `part ÷ whole` (a share, or a rate), or null when the whole is 0, so a report never shows NaN. */
export function ratioOf(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

function sortedCopy(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}
