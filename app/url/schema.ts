/**
 * The one table of URL keys: for each view, every key it reads and writes, with its type,
 * default and bounds. `codec.ts` decodes and encodes from this table alone, and the README's
 * key table lists the same rows.
 */
import {
  CHANNEL_LIMITS,
  BOX_COORDS,
  BOX_EXAMPLE,
  BOX_SCHEMES,
  ELEMENTWISE_OP_IDS,
  LIMITS,
  PRACTICE_SET,
  PRACTICE_TOPICS,
  SMOOTH_L1_LIMITS,
  STACK_LIMITS,
  betaProblem,
  deltaProblem,
  sigmaProblem,
} from '../../engine/params';
import {
  axisPairField,
  boolField,
  enumField,
  indexListField,
  intField,
  optionalAxisPairField,
  matrixField,
  optionalRealField,
  paddingField,
  realField,
  shapeField,
  textField,
  tableEditsField,
  wordListField,
  urlMsg,
  type Field,
  type FieldValue,
} from './fields';
import { layersField } from './layersField';

const SEED = intField({ default: 1, min: 0, max: 99999 });
/** Animation step: index of the output position shown (clamped by the view to the grid). */
const STEP = intField({ default: 0, min: 0, max: 1_000_000, transient: true });
const NUMBERS = boolField({ default: false });
/** The framework whose rules a view follows; PyTorch unless the URL says `fw=tf`. */
export const FRAMEWORKS = ['torch', 'tf'] as const;
const FRAMEWORK = enumField({ default: 'torch', values: FRAMEWORKS });
/** TensorFlow's padding words for the views whose PyTorch padding is numbers only. */
export const TF_PADDINGS = ['valid', 'same'] as const;
const TF_PADDING = enumField({ default: 'valid', values: TF_PADDINGS });

const size = (v: number, always = true) =>
  axisPairField({ default: [v, v], ...LIMITS.input, always });
const kernel = (v: number) => axisPairField({ default: [v, v], ...LIMITS.kernel, always: true });
const stride = (v: number) => axisPairField({ default: [v, v], ...LIMITS.stride, always: true });
const dilation = () => axisPairField({ default: [1, 1], ...LIMITS.dilation });
const deltaEdits = () =>
  tableEditsField({ rows: BOX_EXAMPLE.anchors, columns: BOX_COORDS, ...BOX_EXAMPLE.deltaRange });

/** Curves the Smooth L1 lab can draw; `misprint` is the write-up's ½(σ²x)² variant. */
export const LOSS_CURVES = ['sl1', 'l1', 'l2', 'huber', 'misprint'] as const;
export type LossCurve = (typeof LOSS_CURVES)[number];

/** Broadcasting operands: up to 6 axes of size 0–64 (drawing has its own, lower limit). */
export const SHAPE_LIMITS = { maxRank: 6, maxSize: 64 } as const;
const operand = (value: number[] | null, required = false) =>
  shapeField({ default: value, required, ...SHAPE_LIMITS, always: value !== null });

/** Input values and weights typed into the convolution view (`x`, `w`). */
export const TYPED_LIMITS = {
  input: { maxRows: 16, maxCols: 16, maxAbs: 99 },
  kernel: { maxRows: 15, maxCols: 15, maxAbs: 99 },
} as const;

/** The mask lab's matrix: small enough to edit cell by cell. */
export const MATRIX_LIMITS = { maxRows: 6, maxCols: 6, maxAbs: 99 } as const;

export const SCHEMA = {
  conv: {
    i: size(5),
    k: kernel(3),
    s: stride(2),
    p: paddingField({
      default: { mode: 'explicit', h: [1, 1], w: [1, 1] },
      max: LIMITS.padding.max,
    }),
    d: dilation(),
    /** Whose rules: PyTorch's, or TensorFlow's (`p=same`/`valid` then mean SAME/VALID). */
    fw: FRAMEWORK,
    num: NUMBERS,
    seed: SEED,
    /** Typed input values (rows split by `;`), instead of the seeded ones. */
    x: matrixField(TYPED_LIMITS.input),
    /** Typed kernel weights, instead of the seeded ones. */
    w: matrixField(TYPED_LIMITS.kernel),
    t: STEP,
  },
  channels: {
    i: size(5),
    k: kernel(3),
    s: stride(1),
    p: paddingField({
      default: { mode: 'explicit', h: [1, 1], w: [1, 1] },
      max: LIMITS.padding.max,
    }),
    d: dilation(),
    cin: intField({ default: 4, ...CHANNEL_LIMITS.channels, always: true }),
    cout: intField({ default: 4, ...CHANNEL_LIMITS.channels, always: true }),
    /** Channel groups; PyTorch refuses a number that does not divide both channel counts. */
    g: intField({ default: 2, ...CHANNEL_LIMITS.groups, always: true }),
    /** Output channels of a 1 × 1 pointwise layer after it (0: none). */
    pw: intField({ default: 0, ...CHANNEL_LIMITS.pointwise }),
    num: NUMBERS,
    seed: SEED,
  },
  pool: {
    i: size(5),
    k: kernel(3),
    s: stride(1),
    p: axisPairField({ default: [0, 0], ...LIMITS.padding, always: true }),
    d: dilation(),
    mode: enumField({ default: 'max', values: ['max', 'avg'], always: true }),
    /** Whose rules: PyTorch's, or TensorFlow's (padding `tfpad`, no ceil mode, no dilation). */
    fw: FRAMEWORK,
    /** TensorFlow's padding word, read with `fw=tf` (Keras' default is 'valid'). */
    tfpad: TF_PADDING,
    ceil: boolField({ default: false }),
    cip: boolField({ default: true }),
    /** Values shown from the start: max against average needs numbers. */
    num: boolField({ default: true }),
    seed: SEED,
    t: STEP,
  },
  transposed: {
    i: size(3),
    k: kernel(3),
    s: stride(2),
    p: axisPairField({ default: [1, 1], ...LIMITS.padding, always: true }),
    d: dilation(),
    op: axisPairField({ default: [0, 0], ...LIMITS.outputPadding }),
    /** Whose rules: PyTorch's, or Keras' Conv2DTranspose (padding `tfpad`, output_padding `kop`). */
    fw: FRAMEWORK,
    tfpad: TF_PADDING,
    /** Keras' `output_padding` with `fw=tf`; left out (`None`) Keras infers the size. */
    kop: optionalAxisPairField(LIMITS.outputPadding),
    num: NUMBERS,
    seed: SEED,
    /** The figure's one clock: the output position computed (by the window and the stamps). */
    t: STEP,
    /** Overlap-count heat map in the scatter view. */
    heat: boolField({ default: false }),
  },
  stack: {
    /** The input's spatial size. */
    i: axisPairField({ default: [32, 32], ...STACK_LIMITS.input, always: true }),
    /** The layers, in the layer text of `engine/layerText.ts`. */
    L: layersField({ default: 'c7s2p3x64,m3s2p1,c3p1x64,c3s2p1x128' }),
    /** The input's channels (parameters and multiply-adds only). */
    cin: intField({ default: 3, ...STACK_LIMITS.channels }),
    /** What the size planner solves for: 0 the whole stack, n layer n. */
    solve: intField({ default: 0, min: 0, max: STACK_LIMITS.layers.max }),
    /** The size the planner aims at; 0 for none. */
    reach: intField({ default: 0, min: 0, max: STACK_LIMITS.input.max }),
  },
  broadcast: {
    a: operand([4, 1, 3], true),
    b: operand([2, 1]),
    c: operand(null),
    d: operand(null),
    op: enumField({ default: 'add', values: ELEMENTWISE_OP_IDS, always: true }),
    seed: SEED,
    /** Stretch step shown: axes stretched so far (99: all of them, the default). */
    t: intField({ default: 99, min: 0, max: 99, transient: true }),
  },
  mask: {
    m: matrixField(MATRIX_LIMITS),
    cond: textField({ default: '(a > 0) & (a < 1)', maxLength: 200 }),
    torch: enumField({ default: '1.2', values: ['1.1', '1.2'] }),
    seed: SEED,
  },
  smoothl1: {
    /** PyTorch's β; ignored when `sigma` is given. */
    beta: realField({
      default: 1,
      ...SMOOTH_L1_LIMITS.beta,
      fractions: true,
      refuse: betaProblem,
      requirement: urlMsg('req.beta'),
    }),
    /** Caffe's σ (β = 1/σ²); when present it wins over `beta` and the lab shows the σ form. */
    sigma: optionalRealField({
      ...SMOOTH_L1_LIMITS.sigma,
      refuse: sigmaProblem,
      requirement: urlMsg('req.sigma'),
    }),
    delta: realField({
      default: 1,
      ...SMOOTH_L1_LIMITS.delta,
      refuse: deltaProblem,
      requirement: urlMsg('req.delta'),
    }),
    x: realField({
      default: 0.5,
      ...SMOOTH_L1_LIMITS.x,
      requirement: urlMsg('req.x'),
    }),
    show: wordListField({ default: ['sl1', 'l1', 'l2', 'huber'], values: LOSS_CURVES }),
    zoom: boolField({ default: false }),
    box: enumField({ default: 'sampled', values: BOX_SCHEMES }),
    pos: indexListField({
      default: BOX_EXAMPLE.defaultPositives,
      min: 1,
      max: BOX_EXAMPLE.anchors,
    }),
    pred: deltaEdits(),
    tgt: deltaEdits(),
  },
  practice: {
    /** The topic of the set (`mixed`: one question of each topic). */
    topic: enumField({ default: 'mixed', values: PRACTICE_TOPICS, always: true }),
    /** Which set: the same topic and seed give the same questions everywhere. */
    seed: intField({ default: 1, min: 0, max: 99999, always: true }),
    /** The question shown, 1–10. */
    q: intField({ default: 1, min: 1, max: PRACTICE_SET.size }),
    /** Its difficulty, 1 (easy) to 3 (hard): the set adapts it to the answers so far. */
    lvl: intField({ default: 1, min: 1, max: PRACTICE_SET.levels }),
  },
} satisfies Record<string, Record<string, Field<unknown>>>;

export type ViewId = keyof typeof SCHEMA;
export const VIEW_IDS = Object.keys(SCHEMA) as ViewId[];
export const DEFAULT_VIEW: ViewId = 'conv';

/** The parameters of one view, as typed values. */
export type ViewParams<V extends ViewId> = {
  -readonly [K in keyof (typeof SCHEMA)[V]]: FieldValue<(typeof SCHEMA)[V][K]>;
};

/** Every view's parameters; the store keeps them all so switching views loses nothing. */
export type AllParams = { [V in ViewId]: ViewParams<V> };

/** The animation step: `t` (output position, or the stretch step). */
export type StepKey = 't';
