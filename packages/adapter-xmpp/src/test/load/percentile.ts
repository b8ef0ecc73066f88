/** Nearest-rank percentiles (0 < q ≤ 1) of `values`; NaN for an empty list. */
export function percentiles(values: readonly number[], qs: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return qs.map((q) =>
    sorted.length === 0 ? Number.NaN : (sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? 0),
  );
}
