import type { Distribution } from './stats-summary.js';

/** min, nearest-rank percentiles, max and mean of a list of lengths. */
export function distribution(values: number[]): Distribution {
  if (values.length === 0) return { min: 0, p50: 0, p90: 0, p99: 0, max: 0, mean: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return { min: sorted[0], p50: rank(50), p90: rank(90), p99: rank(99), max: sorted[sorted.length - 1], mean: Math.round(mean * 10) / 10 };
}
