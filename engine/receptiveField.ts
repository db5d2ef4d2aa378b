/**
 * Receptive fields through a stack: the exact influence set of one cell with the number of paths
 * from each input cell (what a view shades), and Distill's closed forms (Araujo et al.,
 * "Computing Receptive Fields of Convolutional Neural Networks", Distill 2019).
 */
import { ConfigError, axisLabel } from './errors';
import { resolveConvSpec, resolvePoolSpec, dilatedKernel } from './spec';
import { atLayer, stackSteps, type Layer, type StackStep } from './stack';

/** The cells of one axis of one feature map that a cell is linked to, with path counts. */
export interface AxisPaths {
  /** Cell indices on this axis, ascending; padding and cropped positions never appear. */
  indices: number[];
  /** For each index, the number of distinct paths between it and the cell (≥ 1). */
  paths: number[];
}

/** One axis of one layer's links, as numbers (see `LinkGeometry`). */
interface AxisLinks {
  kernel: number;
  stride: number;
  dilation: number;
  offset: number;
  rows: number;
  cols: number;
}

function axisLinks(step: StackStep, axis: number): AxisLinks {
  const g = step.links;
  return {
    kernel: g.kernel[axis],
    stride: g.stride[axis],
    dilation: g.dilation[axis],
    offset: g.offset[axis],
    rows: g.rowShape[axis],
    cols: g.colShape[axis],
  };
}

/**
 * Path counts on the column grid from path counts on the row grid: every link
 * c = r·s − offset + t·d (t < k, c inside the grid) carries the row's count to the column.
 */
function rowsToCols(a: AxisLinks, v: Float64Array): Float64Array {
  const u = new Float64Array(a.cols);
  for (let r = 0; r < a.rows; r++) {
    const count = v[r];
    if (count === 0) continue;
    let c = r * a.stride - a.offset;
    for (let t = 0; t < a.kernel; t++, c += a.dilation) if (c >= 0 && c < a.cols) u[c] += count;
  }
  return u;
}

/** Path counts on the row grid from path counts on the column grid (the same links, reversed). */
function colsToRows(a: AxisLinks, v: Float64Array): Float64Array {
  const u = new Float64Array(a.rows);
  let lo = 0;
  while (lo < a.cols && v[lo] === 0) lo++;
  let hi = a.cols - 1;
  while (hi >= lo && v[hi] === 0) hi--;
  if (lo > hi) return u;
  // Only rows whose links can land in [lo, hi]: lo ≤ r·s − offset + t·d ≤ hi for some t < k.
  const first = Math.max(0, Math.ceil((lo + a.offset - (a.kernel - 1) * a.dilation) / a.stride));
  const last = Math.min(a.rows - 1, Math.floor((hi + a.offset) / a.stride));
  for (let r = first; r <= last; r++) {
    let sum = 0;
    let c = r * a.stride - a.offset;
    for (let t = 0; t < a.kernel; t++, c += a.dilation) if (c >= lo && c <= hi) sum += v[c];
    u[r] = sum;
  }
  return u;
}

/** One step back through a layer: from counts on its output to counts on its input. */
function backward(step: StackStep, axis: number, v: Float64Array): Float64Array {
  const a = axisLinks(step, axis);
  return step.transposed ? colsToRows(a, v) : rowsToCols(a, v);
}

/** One step forward through a layer: from counts on its input to counts on its output. */
function forward(step: StackStep, axis: number, v: Float64Array): Float64Array {
  const a = axisLinks(step, axis);
  return step.transposed ? rowsToCols(a, v) : colsToRows(a, v);
}

function sparse(v: Float64Array): AxisPaths {
  const indices: number[] = [];
  const paths: number[] = [];
  v.forEach((count, index) => {
    if (count > 0) {
      indices.push(index);
      paths.push(count);
    }
  });
  return { indices, paths };
}

function impulse(size: number, at: number): Float64Array {
  const v = new Float64Array(size);
  v[at] = 1;
  return v;
}

function requireCell(cell: readonly number[], shape: readonly number[], map: number): void {
  if (!Array.isArray(cell) || cell.length !== shape.length) {
    throw new ConfigError(
      'cell-rank',
      `the cell needs one index per spatial axis (${shape.length}), got ${Array.isArray(cell) ? cell.length : String(cell)}`,
    );
  }
  cell.forEach((index, axis) => {
    if (!Number.isInteger(index) || index < 0 || index >= shape[axis]) {
      throw new ConfigError(
        'cell-range',
        `cell index ${index} on ${axisLabel(axis, shape.length)} is outside feature map ${map}, whose size there is ${shape[axis]} (valid: 0 to ${shape[axis] - 1})`,
        axis,
      );
    }
  });
}

/**
 * For one cell of the stack's output, per spatial axis: the input cells that can influence it
 * and the number of distinct paths from each (every kernel tap and every pooling-window
 * membership counts one). Zero padding is excluded, so the set is clipped at the borders and
 * has holes under dilation or stride; in 2-D the influence set is the product of the two axes'
 * sets and the path count is the product of the two counts ({@link pathGrid}). The paths
 * concentrate in the centre: the "effective receptive field".
 *
 * Computed per axis by carrying a path-count vector back through the layers along the links
 * c = r·s − p + t·d of each (paper, section 4.1: the nonzeros of C; a transposed layer uses Cᵀ).
 * Counts are exact up to 2⁵³ (far above what 24 layers of 3-tap kernels give).
 *
 * @param inputSpatial spatial size of the input
 * @param layers the stack
 * @param cell index of the cell in the last feature map, per axis
 * @throws {ConfigError} for a layer PyTorch refuses (as {@link stackShapes}) or a cell outside
 *   the output
 * @example receptiveField([5], [{ op: 'conv', spec: { kernel: [3] } }, { op: 'conv', spec: { kernel: [3] } }], [0]) // [{ indices: [0, 1, 2, 3, 4], paths: [1, 2, 3, 2, 1] }]
 */
export function receptiveField(
  inputSpatial: readonly number[],
  layers: readonly Layer[],
  cell: readonly number[],
): AxisPaths[] {
  const steps = stackSteps(inputSpatial, layers);
  const outShape = steps.length ? steps[steps.length - 1].output : inputSpatial;
  requireCell(cell, outShape, steps.length);
  return outShape.map((size, axis) => {
    let v = impulse(size, cell[axis]);
    for (let l = steps.length - 1; l >= 0; l--) v = backward(steps[l], axis, v);
    return sparse(v);
  });
}

/**
 * The links of one cell of any feature map to every feature map of the stack, per axis: for an
 * earlier map, its influence set with path counts (as {@link receptiveField}); for a later map,
 * the cells it reaches and by how many paths; for its own map, the cell itself. What a view
 * lights when a cell of any layer is hovered.
 *
 * @param map the cell's feature map: 0 is the input, n the output of layer n (1-based)
 * @param cell index of the cell in that map, per axis
 * @returns one entry per feature map (`layers.length + 1`), each one {@link AxisPaths} per axis
 * @throws {ConfigError} for a layer PyTorch refuses, a map that does not exist or a cell outside
 *   its map
 * @example stackCellLinks([4], [{ op: 'pool', spec: { mode: 'max', kernel: [2] } }], 0, [3])[1] // [{ indices: [1], paths: [1] }]
 */
export function stackCellLinks(
  inputSpatial: readonly number[],
  layers: readonly Layer[],
  map: number,
  cell: readonly number[],
): AxisPaths[][] {
  const steps = stackSteps(inputSpatial, layers);
  if (!Number.isInteger(map) || map < 0 || map > steps.length) {
    throw new ConfigError(
      'map-range',
      `feature map ${map} does not exist: the stack has maps 0 (the input) to ${steps.length}`,
    );
  }
  const shapes = [inputSpatial.slice(), ...steps.map((step) => step.output)];
  requireCell(cell, shapes[map], map);
  const perAxis = shapes[map].map((size, axis) => {
    const vectors: Float64Array[] = [];
    vectors[map] = impulse(size, cell[axis]);
    for (let j = map - 1; j >= 0; j--) vectors[j] = backward(steps[j], axis, vectors[j + 1]);
    for (let j = map + 1; j <= steps.length; j++) {
      vectors[j] = forward(steps[j - 1], axis, vectors[j - 1]);
    }
    return vectors.map(sparse);
  });
  return shapes.map((_, j) => perAxis.map((maps) => maps[j]));
}

/**
 * Per-axis path counts spread over a whole feature map: the product of the axes' counts at each
 * cell (0 outside the influence set), row-major.
 *
 * @param axes one {@link AxisPaths} per axis
 * @param shape the feature map's size per axis
 * @example pathGrid([{ indices: [0, 1], paths: [1, 2] }, { indices: [1], paths: [3] }], [2, 2]) // Float64Array [0, 3, 0, 6]
 */
export function pathGrid(axes: readonly AxisPaths[], shape: readonly number[]): Float64Array {
  let grid = new Float64Array([1]);
  axes.forEach((axis, a) => {
    const size = shape[a];
    const next = new Float64Array(grid.length * size);
    for (let prefix = 0; prefix < grid.length; prefix++) {
      if (grid[prefix] === 0) continue;
      axis.indices.forEach((index, n) => {
        next[prefix * size + index] = grid[prefix] * axis.paths[n];
      });
    }
    grid = next;
  });
  return grid;
}

/** Distill's receptive-field numbers for one axis. */
export interface ReceptiveFieldAxis {
  /** Receptive field size r (input cells spanned by one output cell, holes included). */
  size: number;
  /** Effective stride S: input cells between neighbouring output cells' fields. */
  jump: number;
  /** Effective padding P: output cell o's field starts at input cell o·S − P. */
  padding: number;
}

/** Per-axis kernel, stride and padding before of a direct layer, resolved as PyTorch does. */
function directAxes(layer: Layer, index: number): { k: number; s: number; p: number }[] {
  try {
    if (layer.op === 'conv' || layer.op === 'pool') {
      const r = layer.op === 'conv' ? resolveConvSpec(layer.spec) : resolvePoolSpec(layer.spec);
      const before = 'padBefore' in r ? r.padBefore : r.padding;
      return r.kernel.map((k, a) => ({
        k: dilatedKernel(k, r.dilation[a]),
        s: r.stride[a],
        p: before[a],
      }));
    }
  } catch (error) {
    throw atLayer(index, error);
  }
  if (layer.op === 'convTranspose') {
    throw new ConfigError(
      'summary-transposed',
      `layer ${index + 1}: the receptive-field size, jump and effective padding are defined for convolutions and pools only; a ConvTranspose2d makes the jump a fraction (1/s) and the field uneven, so its exact influence set is shown instead (receptiveField)`,
      undefined,
      index,
    );
  }
  throw new ConfigError(
    'layer-op',
    `layer ${index + 1}: a layer is a 'conv', 'convTranspose' or 'pool', got '${String((layer as { op?: unknown }).op)}'`,
    undefined,
    index,
  );
}

/**
 * Distill's closed forms after every layer of a stack of convolutions and pools (Araujo et al.
 * 2019, eqs. for r₀, S₀ and P₀), per axis, with dilation folded into the kernel
 * (k → d(k − 1) + 1, the paper's Relationship 15):
 *
 * r₀ = Σ_l (k_l − 1) Π_{i<l} s_i + 1, S₀ = Π_l s_l, P₀ = Σ_l p_l Π_{i<l} s_i,
 *
 * where pₗ is the padding before the first cell (`'same'`: ⌊d(k − 1)/2⌋; ceil mode changes
 * none of the three). Entry 0 is the input itself (r = 1, S = 1, P = 0); entry n is after layer n.
 * The numbers do not depend on the input size: on an input where the field fits, output cell o
 * spans input cells o·S − P to o·S − P + r − 1.
 *
 * @param layers the stack; its rank is the first layer's (an empty stack gives `[[]]`)
 * @throws {ConfigError} for a transposed layer, a bad argument, or layers of different ranks;
 *   `layer` names the layer
 * @example receptiveFieldProgression([{ op: 'conv', spec: { kernel: [3] } }, { op: 'pool', spec: { mode: 'max', kernel: [2] } }, { op: 'conv', spec: { kernel: [3] } }]).map((axes) => axes[0].size) // [1, 3, 4, 8]
 */
export function receptiveFieldProgression(layers: readonly Layer[]): ReceptiveFieldAxis[][] {
  const rank = layers.length ? layers[0].spec.kernel.length : 0;
  let current: ReceptiveFieldAxis[] = Array.from({ length: rank }, () => ({
    size: 1,
    jump: 1,
    padding: 0,
  }));
  const progression = [current];
  layers.forEach((layer, index) => {
    const axes = directAxes(layer, index);
    if (axes.length !== rank) {
      throw new ConfigError(
        'layer-rank',
        `layer ${index + 1}: it has ${axes.length} spatial axes but layer 1 has ${rank}`,
        undefined,
        index,
      );
    }
    current = current.map((before, a) => ({
      size: before.size + (axes[a].k - 1) * before.jump,
      jump: before.jump * axes[a].s,
      padding: before.padding + axes[a].p * before.jump,
    }));
    progression.push(current);
  });
  return progression;
}

/**
 * Distill's receptive field of a whole stack of convolutions and pools, per axis: size r,
 * effective stride (jump) S and effective padding P (Araujo et al. 2019):
 * r₀ = Σ_l (k_l − 1) Π_{i<l} s_i + 1, S₀ = Π_l s_l, P₀ = Σ_l p_l Π_{i<l} s_i, with
 * k → d(k − 1) + 1
 * (Relationship 15). See {@link receptiveFieldProgression} for every layer.
 *
 * @throws {ConfigError} for a stack containing a transposed layer (no closed form: the jump
 *   would be a fraction), with `layer` naming it
 * @example receptiveFieldSummary([{ op: 'conv', spec: { kernel: [7, 7], stride: [2, 2], padding: [3, 3] } }, { op: 'pool', spec: { mode: 'max', kernel: [3, 3], stride: [2, 2], padding: [1, 1] } }])[0] // { size: 11, jump: 4, padding: 5 }
 */
export function receptiveFieldSummary(layers: readonly Layer[]): ReceptiveFieldAxis[] {
  const progression = receptiveFieldProgression(layers);
  return progression[progression.length - 1];
}

/** How many links each cell of one axis of a layer's input and output has. */
export interface AxisLinkCounts {
  /**
   * Per input cell, the (output cell, kernel tap) pairs that read it: 0 for a cell no window
   * reaches (the floor of Relationship 6 drops it, or a stride larger than the kernel skips it).
   */
  input: number[];
  /**
   * Per output cell, the taps that land on the input (padding excluded) for a direct layer;
   * for a transposed one, how many kernel stamps overlap there (uneven when s does not divide
   * k: the checkerboard).
   */
  output: number[];
}

/**
 * The link counts of one layer of a stack, per axis: what a figure shades to show the cells a
 * layer never reads and the uneven overlap of a transposed layer. Counts follow the links
 * c = r·s − p + t·d (t < k) of `LinkGeometry`, each kept when both ends are inside their maps.
 *
 * @param step one layer as run (`traceStack(…).steps[n]`)
 * @example layerLinkCounts(stackSteps([6], [{ op: 'conv', spec: { kernel: [3], stride: [2] } }])[0]) // [{ input: [1, 1, 2, 1, 1, 0], output: [3, 3] }]
 */
export function layerLinkCounts(step: StackStep): AxisLinkCounts[] {
  return step.input.map((size, axis) => {
    const outSize = step.output[axis];
    const input = Array.from(backward(step, axis, new Float64Array(outSize).fill(1)));
    const output = Array.from(forward(step, axis, new Float64Array(size).fill(1)));
    return { input, output };
  });
}
