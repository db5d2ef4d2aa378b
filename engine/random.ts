/**
 * Deterministic pseudo-random numbers (mulberry32), so that `?seed=7` shows the same inputs and
 * weights on every machine.
 *
 * @returns a generator of numbers in [0, 1)
 * @example seededRandom(7)() // 0.011704753153026104
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` integers drawn uniformly from [min, max], reproducible from `seed`.
 *
 * @example seededIntegers(1, 4, -2, 2) // always the same four values in −2…2
 */
export function seededIntegers(
  seed: number,
  count: number,
  min: number,
  max: number,
): Float64Array {
  const next = seededRandom(seed);
  const out = new Float64Array(count);
  const span = max - min + 1;
  for (let n = 0; n < count; n++) out[n] = min + Math.floor(next() * span);
  return out;
}
