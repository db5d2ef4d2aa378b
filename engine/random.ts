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

/**
 * Element `index` of `seededIntegers(seed, …, min, max)` without drawing the ones before it:
 * mulberry32's state after n + 1 draws is seed + (n + 1) · 0x6d2b79f5 (mod 2³²), so any element
 * of a stream of billions is one multiplication away.
 *
 * @param index 0-based position in the stream (exact up to 2⁵³)
 * @example seededIntegerAt(1, 3, -2, 2) === seededIntegers(1, 4, -2, 2)[3] // true
 */
export function seededIntegerAt(seed: number, index: number, min: number, max: number): number {
  // The generator adds the (n + 1)-th step itself; Math.imul reads both factors modulo 2³², which
  // is exactly the arithmetic of the state.
  const step = Math.imul(index % 4294967296, 0x6d2b79f5);
  return min + Math.floor(seededRandom((seed + step) >>> 0)() * (max - min + 1));
}
