import { describe, expect, it } from 'vitest';
import { diagramLayout, type Box, type DiagramInput } from './diagramLayout';

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, outer: Box) =>
  a.x >= outer.x &&
  a.y >= outer.y &&
  a.x + a.width <= outer.x + outer.width &&
  a.y + a.height <= outer.y + outer.height;

const GROUPED: DiagramInput = {
  inChannels: 4,
  outChannels: 8,
  groups: 2,
  padded: [7, 7],
  kernel: [3, 3],
  output: [5, 5],
};

describe('diagramLayout', () => {
  it('one band per group, one box per channel and Cin/G kernels per output row', () => {
    const l = diagramLayout(GROUPED, 900);
    expect(l.bands).toHaveLength(2);
    expect(l.inputs).toHaveLength(4);
    expect(l.outputs).toHaveLength(8);
    expect(l.kernels.map((row) => row.length)).toEqual([2, 2, 2, 2, 2, 2, 2, 2]);
  });

  it('each group’s channels sit inside its band: inputs 0–1 and outputs 0–3 in the first', () => {
    const l = diagramLayout(GROUPED, 900);
    [0, 1].forEach((c) => expect(inside(l.inputs[c], l.bands[0])).toBe(true));
    [2, 3].forEach((c) => expect(inside(l.inputs[c], l.bands[1])).toBe(true));
    [0, 1, 2, 3].forEach((c) => expect(inside(l.outputs[c], l.bands[0])).toBe(true));
    [4, 5, 6, 7].forEach((c) => expect(inside(l.outputs[c], l.bands[1])).toBe(true));
  });

  it('nothing overlaps, and the wires run between the inputs and the kernels', () => {
    const l = diagramLayout(GROUPED, 900);
    const boxes = [...l.inputs, ...l.outputs, ...l.kernels.flat()];
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
    l.inputs.forEach((b) => expect(b.x + b.width).toBeLessThanOrEqual(l.wireFrom));
    l.kernels.flat().forEach((b) => expect(b.x).toBeGreaterThanOrEqual(l.wireTo));
  });

  it('fits the width it is given: 22 px cells when there is room, smaller on a phone', () => {
    expect(diagramLayout({ ...GROUPED, outChannels: 4 }, 1000).cell).toBe(22);
    // Eight 5-row outputs make 40 rows: the 760 px height budget allows 19 px cells.
    expect(diagramLayout(GROUPED, 1000).cell).toBe(19);
    const phone = diagramLayout(GROUPED, 330);
    expect(phone.width).toBeLessThanOrEqual(330);
    expect(phone.cell).toBeLessThan(22);
  });

  it('sixteen channels of 64 × 64 get the smallest cells and keep their order top to bottom', () => {
    const l = diagramLayout(
      {
        inChannels: 16,
        outChannels: 16,
        groups: 1,
        padded: [64, 64],
        kernel: [3, 3],
        output: [62, 62],
      },
      900,
    );
    expect(l.cell).toBe(3);
    l.inputs.slice(1).forEach((b, i) => expect(b.y).toBeGreaterThan(l.inputs[i].y));
    l.outputs.slice(1).forEach((b, i) => expect(b.y).toBeGreaterThan(l.outputs[i].y));
  });
});
