// Public API of the engine: pure functions over plain data, no DOM, no UI state.
export type { Tensor } from './tensor';
export { numel, stridesOf, flatIndex, unflatIndex, formatTuple } from './tensor';
export { ConfigError } from './errors';
export type { ConvSpec, ConvTransposeSpec, PoolSpec, ConvPadding, AxisGeometry } from './spec';
export { dilatedKernel, resolveConvSpec, resolveConvTransposeSpec, resolvePoolSpec } from './spec';
export {
  convOutputShape,
  convTransposeOutputShape,
  poolOutputShape,
  convAxisOutput,
  convAxisDropped,
  convTransposeAxisOutput,
  poolAxisOutput,
  poolAxisDroppedWindow,
} from './shape';
export { conv } from './conv';
export { convTranspose } from './transposedConv';
export { pool, poolDivisor, poolWindowAxis } from './pool';
export {
  analyzeBroadcast,
  broadcastBinary,
  broadcastMap,
  expandStrides,
  broadcastShapes,
  numpyChainMessage,
  numpyBroadcastShapesMessage,
  numpyUfuncMessage,
  sourceIndex,
  torchBroadcastMessage,
} from './broadcast';
export type { AxisVerdict, BroadcastAnalysis, BroadcastAxis, BroadcastConflict } from './broadcast';
export { ELEMENTWISE_OPS, ELEMENTWISE_OP_IDS, elementwise, expressionFor } from './elementwise';
export type { ElementwiseOp, ElementwiseOpId, ResultKind } from './elementwise';
export { parseCondition, formatCondition, suggestCondition } from './condition';
export type { CompareOp, ConditionNode, ParseOutcome } from './condition';
export { evaluateCondition } from './conditionEval';
export type { CondValue, EvalFailure, EvalOutcome, FailureCause, Library } from './conditionEval';
export { analyzeMask, argwhere, maskOutputs, maskSelect, nonzeroTuple } from './mask';
export type { BoolArray, MaskAnalysis, MaskMatrix, MaskOutputs, MaskProblem } from './mask';
export { numpyRepr, numpyTupleRepr, torchRepr, torchTupleRepr } from './arrayRepr';
export { torchMaskSession } from './torchRepl';
export type { ReplEntry, TorchVersion } from './torchRepl';
export {
  smoothL1,
  smoothL1Grad,
  huber,
  huberGrad,
  betaFromSigma,
  sigmaFromBeta,
  betaProblem,
  deltaProblem,
  sigmaProblem,
  caffeSmoothL1,
  caffeSmoothL1Grad,
  misprintSmoothL1,
  misprintSmoothL1Grad,
  misprintJump,
  l1,
  l1Grad,
  halfSquare,
  halfSquareGrad,
  SMOOTH_L1_LIMITS,
} from './smoothL1';
export type { MisprintJump } from './smoothL1';
export { boxLoss, boxWeights, BOX_COORDS, BOX_SCHEMES } from './boxLoss';
export type {
  BoxAnchor,
  BoxCoord,
  BoxDeltas,
  BoxLossElement,
  BoxLossResult,
  BoxScheme,
  BoxWeights,
} from './boxLoss';
export { convRelationship, transposedRelationship, poolRelationship } from './relationship';
export type {
  Relationship,
  ConvAxisParams,
  TransposedAxisParams,
  PoolAxisParams,
} from './relationship';
export {
  transposedEquivalent,
  directConvsFor,
  transposeOf,
  equivalentConvTensors,
  equivalentAxisLayout,
  ROTATION_NOTE,
} from './equivalent';
export type {
  TransposedEquivalent,
  DirectConvCandidate,
  EquivalentAxisLayout,
  EquivalentCellKind,
} from './equivalent';
export {
  convLinks,
  transposedLinks,
  poolLinks,
  rowLinks,
  colLinks,
  colLinksAt,
  tapLinks,
  linkCounts,
  linkMatrix,
  matVec,
  matTVec,
} from './indexMap';
export type { LinkGeometry, RowLink, ColLink, LinkMatrix } from './indexMap';
export { seededRandom, seededIntegers } from './random';
export { LIMITS, clampTo } from './limits';
export { convFixes, poolFixes, transposedFixes } from './fixes';
export type {
  Fix,
  AxisChange,
  AxisParam,
  ConvAxisConfig,
  PoolAxisConfig,
  TransposedAxisConfig,
} from './fixes';
// Layer stacks: shapes, receptive fields, the solver, the layer text of the URL and presets.
export { LAYER_MODULES, atLayer, layerKind, stackShapes, stackSteps, traceStack } from './stack';
export type { Layer, LayerKind, StackStep, StackTrace } from './stack';
export {
  pathGrid,
  receptiveField,
  receptiveFieldProgression,
  receptiveFieldSummary,
  stackCellLinks,
} from './receptiveField';
export type { AxisPaths, ReceptiveFieldAxis } from './receptiveField';
export { STACK_LIMITS } from './limits';
export {
  LAYER_TEXT_MAX_LENGTH,
  formatLayers,
  newLayerToken,
  parseLayers,
  tokenLayer,
} from './layerText';
export type { LayerTextProblem, LayerToken, Pair, ParsedLayers } from './layerText';
export { moduleText, stackInfo, stackLayerFixes } from './stackInfo';
export type { StackInfo, StackLayerInfo } from './stackInfo';
export { solveLayer, stackInputSizes, undoOutputPadding } from './stackSolver';
export type {
  LayerSolution,
  LayerSolveQuery,
  LayerSolveResult,
  StackInputSize,
  UndoAxis,
} from './stackSolver';
export { NETWORK_PRESETS, presetTokens, unetInputSizes } from './networks';
export type { NetworkPreset } from './networks';
