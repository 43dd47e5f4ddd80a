/** Medians and 95th percentiles of repeated measurements. */

/** The p-th percentile (0–100) by nearest rank; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** Median, 95th percentile and how many samples. */
export interface Summary {
  median: number;
  p95: number;
  n: number;
}

/** Summarises samples (undefined ones are left out). */
export function summarise(samples: readonly (number | undefined)[]): Summary {
  const values = samples.filter((value): value is number => value !== undefined && Number.isFinite(value));
  return { median: percentile(values, 50), p95: percentile(values, 95), n: values.length };
}
