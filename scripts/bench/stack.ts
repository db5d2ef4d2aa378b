// The layer stack explorer's engine work on a large case: a 24-layer stack on a 512 × 512 input.
// Prints median times; the target for shapes plus one cell's receptive field is 2 ms.
import { parseLayers, receptiveField, stackCellLinks, stackShapes, tokenLayer } from '../../engine';
import { timeMedian } from './timing';

/** VGG-16's convolutions and pools, then dilated convolutions and a small decoder: 24 layers. */
const STACK =
  'c3p1x64,c3p1x64,m2,c3p1x128,c3p1x128,m2,c3p1x256,c3p1x256,c3p1x256,m2,' +
  'c3p1x512,c3p1x512,c3p1x512,m2,c3p1x512,c3p1x512,c3p1x512,m3s2p1,' +
  'c3p2d2,c3p4d4,t4s2p1,c3p1,t2s2,c1x10';
const INPUT = [512, 512];
const TARGET_MS = 2;

export function benchStack(budgetMs: number): void {
  const parsed = parseLayers(STACK);
  if (parsed.problems.length) throw new Error(`bench stack: ${parsed.problems[0].reason}`);
  const layers = parsed.layers.map(tokenLayer);
  const shapes = stackShapes(INPUT, layers);
  const out = shapes[shapes.length - 1];
  const centre = out.map((size) => size >> 1);
  const middle = layers.length >> 1;
  const hovered = shapes[middle].map((size) => size >> 1);

  const rfMs = timeMedian(() => {
    stackShapes(INPUT, layers);
    receptiveField(INPUT, layers, centre);
  }, budgetMs);
  const linksMs = timeMedian(() => stackCellLinks(INPUT, layers, middle, hovered), budgetMs);

  console.log(
    `\nlayer stack: ${layers.length} layers on ${INPUT.join(' × ')} (medians, ~${budgetMs} ms each)`,
  );
  console.log(
    'shapes + receptive field of one cell'.padEnd(44),
    `${rfMs.toFixed(3).padStart(8)} ms`,
    rfMs < TARGET_MS ? `(target < ${TARGET_MS} ms: met)` : `(target < ${TARGET_MS} ms: MISSED)`,
  );
  console.log(
    `links of a cell of map ${middle} to all ${shapes.length} maps`.padEnd(44),
    `${linksMs.toFixed(3).padStart(8)} ms`,
  );
}
