/**
 * The light public entry of the engine: the names, ranges and PyTorch's own parameter checks
 * that the URL table needs, without the arithmetic. It loads with the first page; everything
 * here is also exported by `index.ts`.
 */
export { CHANNEL_LIMITS, LIMITS, clampTo } from './limits';
export { SMOOTH_L1_LIMITS, betaProblem, deltaProblem, sigmaProblem } from './smoothL1Params';
export { ELEMENTWISE_OP_IDS } from './elementwiseOps';
export type { ElementwiseOpId } from './elementwiseOps';
export { BOX_COORDS, BOX_EXAMPLE, BOX_SCHEMES } from './boxScheme';
export type { BoxCoord, BoxDeltas, BoxScheme } from './boxScheme';
export { STACK_LIMITS } from './limits';
export { LAYER_TEXT_MAX_LENGTH, formatLayers, parseLayers } from './layerText';
export type { LayerToken, Pair } from './layerText';
export { PRACTICE_SET, PRACTICE_TOPICS } from './practice/topics';
export type { Level, PracticeTopic, QuestionTopic } from './practice/topics';
