// `npm run bench`: the engine's conv against TensorFlow.js's CPU backend, same process, same data.
// Prints the median time of each and the ratio engine / tfjs (≤ 1 means the engine is faster),
// then the layer stack timings (scripts/bench/stack.ts). Before them, a slider's first moves on
// a large figure, while the engine's code is cold (scripts/bench/firstMoves.ts).
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { conv } from '../../engine';
import { seededIntegers } from '../../engine/random';
import { benchFirstMoves } from './firstMoves';
import { benchStack } from './stack';
import { median } from './timing';

interface Case {
  name: string;
  cin: number;
  cout: number;
  size: number;
  k: number;
  s: number;
  p: number;
  d: number;
}

const CASES: Case[] = [
  { name: '1×32×32 → 1, k3 p1', cin: 1, cout: 1, size: 32, k: 3, s: 1, p: 1, d: 1 },
  { name: '3×224×224 → 16, k3 p1', cin: 3, cout: 16, size: 224, k: 3, s: 1, p: 1, d: 1 },
  { name: '16×56×56 → 32, k3 s2 p1', cin: 16, cout: 32, size: 56, k: 3, s: 2, p: 1, d: 1 },
  { name: '1×256×256 → 1, k7 d2 p6', cin: 1, cout: 1, size: 256, k: 7, s: 1, p: 6, d: 2 },
];

/**
 * Times `a` and `b` alternately (so that load on the machine hits both alike) until ~`budgetMs`
 * is spent, after warm-ups; returns both medians.
 */
function timePair(a: () => void, b: () => void, budgetMs: number): [number, number] {
  for (let n = 0; n < 3; n++) {
    a();
    b();
  }
  const samplesA: number[] = [];
  const samplesB: number[] = [];
  const start = performance.now();
  while (samplesA.length < 7 || (performance.now() - start < budgetMs && samplesA.length < 300)) {
    let t0 = performance.now();
    a();
    samplesA.push(performance.now() - t0);
    t0 = performance.now();
    b();
    samplesB.push(performance.now() - t0);
  }
  return [median(samplesA), median(samplesB)];
}

async function main(): Promise<void> {
  // First, while the engine's code is still cold.
  benchFirstMoves();
  await tf.setBackend('cpu');
  await tf.ready();
  const budget = Number(process.env.BENCH_MS ?? 3000);
  console.log(
    `engine conv vs @tensorflow/tfjs-backend-cpu ${tf.version_core} conv2d (medians, runs alternated, ~${budget} ms per case)`,
  );
  console.log(
    'case'.padEnd(28),
    'engine ms'.padStart(10),
    'tfjs ms'.padStart(10),
    'ratio'.padStart(7),
  );
  for (const c of CASES) {
    const { cin, cout, size, k } = c;
    const xData = seededIntegers(1, cin * size * size, -3, 3);
    const wData = seededIntegers(2, cout * cin * k * k, -3, 3);
    const x = { shape: [cin, size, size], data: xData };
    const w = { shape: [cout, cin, k, k], data: wData };
    const spec = { kernel: [k, k], stride: [c.s, c.s], dilation: [c.d, c.d], padding: [c.p, c.p] };

    // Same numbers in TensorFlow's layouts: NHWC input, [kh, kw, cin, cout] filter.
    const xNhwc = new Float32Array(size * size * cin);
    for (let ci = 0; ci < cin; ci++)
      for (let i = 0; i < size * size; i++) xNhwc[i * cin + ci] = xData[ci * size * size + i];
    const fHwio = new Float32Array(k * k * cin * cout);
    for (let co = 0; co < cout; co++)
      for (let ci = 0; ci < cin; ci++)
        for (let t = 0; t < k * k; t++)
          fHwio[(t * cin + ci) * cout + co] = wData[(co * cin + ci) * k * k + t];
    const tx = tf.tensor4d(xNhwc, [1, size, size, cin]);
    const tw = tf.tensor4d(fHwio, [k, k, cin, cout]);

    const ours = conv(x, w, spec);
    const theirs = tf.conv2d(tx, tw, [c.s, c.s], c.p, 'NHWC', [c.d, c.d]);
    const theirData = theirs.dataSync();
    const [, oh, ow] = ours.shape;
    let maxDiff = 0;
    for (let co = 0; co < cout; co++)
      for (let i = 0; i < oh * ow; i++)
        maxDiff = Math.max(
          maxDiff,
          Math.abs(ours.data[co * oh * ow + i] - theirData[i * cout + co]),
        );
    theirs.dispose();
    if (maxDiff > 1e-3) throw new Error(`${c.name}: results differ by ${maxDiff}`);

    const [engineMs, tfjsMs] = timePair(
      () => conv(x, w, spec),
      () => {
        const out = tf.conv2d(tx, tw, [c.s, c.s], c.p, 'NHWC', [c.d, c.d]);
        out.dataSync();
        out.dispose();
      },
      budget,
    );
    tx.dispose();
    tw.dispose();
    console.log(
      c.name.padEnd(28),
      engineMs.toFixed(3).padStart(10),
      tfjsMs.toFixed(3).padStart(10),
      (engineMs / tfjsMs).toFixed(2).padStart(7),
    );
  }
  benchStack(Math.min(budget, 1000));
}

await main();
