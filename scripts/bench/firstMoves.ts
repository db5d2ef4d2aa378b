// A slider's first moves on a large figure, as the page makes them: the engine's code has not
// run yet, and each kernel size is computed once. What one of these calls costs is what the
// key press that asks for it waits for, before the compiler has optimised the loops. Must run
// before anything else in the process has called conv or pool.
import { conv, pool } from '../../engine';
import { seededIntegers } from '../../engine/random';

const SIZE = 64;
/** The kernel sizes a held arrow key passes through, from the view's default up. */
const KERNELS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];

function moves(run: (k: number) => void): number[] {
  return KERNELS.map((k) => {
    const t0 = performance.now();
    run(k);
    return performance.now() - t0;
  });
}

/** Prints, per operation, the time of each first call (kernel 3 to 15 on 64 × 64), the sum and the largest. */
export function benchFirstMoves(): void {
  const x = { shape: [1, SIZE, SIZE], data: seededIntegers(1, SIZE * SIZE, 0, 3) };
  const rows: [string, number[]][] = [
    [
      'conv, padding 1',
      moves((k) =>
        conv(
          x,
          { shape: [1, 1, k, k], data: seededIntegers(2, k * k, -1, 2) },
          { kernel: [k, k], padding: [1, 1] },
        ),
      ),
    ],
    ['max pool, stride 1', moves((k) => pool(x, { mode: 'max', kernel: [k, k], stride: [1, 1] }))],
    ['avg pool, stride 1', moves((k) => pool(x, { mode: 'avg', kernel: [k, k], stride: [1, 1] }))],
  ];
  console.log(`first calls on ${SIZE} × ${SIZE}, kernel ${KERNELS[0]} → ${KERNELS.at(-1)} (ms)`);
  for (const [name, times] of rows) {
    const total = times.reduce((a, b) => a + b, 0);
    console.log(
      name.padEnd(20),
      `sum ${total.toFixed(1).padStart(6)}`,
      `max ${Math.max(...times)
        .toFixed(1)
        .padStart(5)}`,
      ' ',
      times.map((t) => t.toFixed(1)).join(' '),
    );
  }
}
