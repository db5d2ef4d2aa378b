// Timing helpers shared by the `npm run bench` sections.

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs `run` after a few warm-ups until ~`budgetMs` is spent (at least 7, at most 1000 times)
 * and returns the median time of one run in milliseconds.
 */
export function timeMedian(run: () => void, budgetMs: number): number {
  for (let n = 0; n < 5; n++) run();
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < 7 || (performance.now() - start < budgetMs && samples.length < 1000)) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}
