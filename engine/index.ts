// Public API of the engine: pure functions over plain data, no DOM, no UI state. The app imports
// the engine only through this file, or through `params.ts` for the URL table's light constants.
export * from './params';
export type { Tensor } from './tensor';
export { numel, stridesOf, flatIndex, unflatIndex, formatTuple } from './tensor';
export { ConfigError, axisLabel, axisMsg, errMsg } from './errors';
export type {
  ConvSpec,
  ConvTransposeSpec,
  PoolSpec,
  ConvPadding,
  AxisGeometry,
  TransposedAxisGeometry,
  PoolAxisGeometry,
  PaddingWord,
} from './spec';
export {
  dilatedKernel,
  paddingForWord,
  resolveConvSpec,
  resolveConvTransposeSpec,
  resolvePoolSpec,
  convSpecOf,
  convTransposeSpecOf,
  poolSpecOf,
} from './spec';
export {
  convOutputShape,
  convTransposeOutputShape,
  poolOutputShape,
  paddedSize,
  axisWindow,
  outputWindow,
  convAxisOutput,
  convAxisDropped,
  convTransposeAxisOutput,
  convTransposeOutputSizeRange,
  poolAxisOutput,
  poolAxisDroppedWindow,
  poolAxisReach,
} from './shape';
export type { PoolAxisReach } from './shape';
export {
  tfConvAxis,
  tfConvTransposeRange,
  tfConvTransposeCrop,
  kerasConvTransposeOutput,
  kerasOutputPaddingFor,
  kerasOutputPaddingProblem,
  tfSamePort,
  kerasTransposeAxis,
} from './tensorflow';
export type {
  SamePortAxis,
  TfAxis,
  TfPadding,
  KerasPadding,
  KerasTransposeAxis,
} from './tensorflow';
export { conv } from './conv';
export {
  channelCounts,
  channelFixes,
  channelGroups,
  channelPartialSums,
  checkGroups,
  groupOfOutput,
  macRatio,
  separableSaving,
} from './channels';
export type { ChannelCounts, ChannelGroup, PartialSum } from './channels';
export { convTranspose } from './transposedConv';
export { pool, poolDivisor, poolWindowAxis } from './pool';
export { tfPool, tfPoolAxes, tfPoolDivisor, tfWindowCells } from './tfPool';
export type { TfPoolSpec } from './tfPool';
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
export { ELEMENTWISE_OPS, elementwise, elementwiseValue, expressionFor } from './elementwise';
export type { ElementwiseOp, ResultKind } from './elementwise';
export { parseCondition, formatCondition, suggestCondition } from './condition';
export type { CompareOp, ConditionNode, ParseOutcome } from './condition';
export { evaluateCondition } from './conditionEval';
export type { EvalFailure, EvalOutcome, FailureCause, Library, PyValue } from './conditionEval';
export { analyzeMask, argwhere, maskOutputs, maskSelect, nonzeroTuple } from './mask';
export type {
  BoolArray,
  MaskAnalysis,
  MaskMatrix,
  MaskOutputs,
  MaskProblem,
  MaskResultKind,
  SessionResult,
  PrintedValue,
} from './mask';
export { describeValue, pythonFloatRepr, reprValue } from './pyRepr';
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
  caffeSmoothL1,
  caffeSmoothL1Grad,
  misprintSmoothL1,
  misprintSmoothL1Grad,
  misprintJump,
  l1,
  l1Grad,
  halfSquare,
  halfSquareGrad,
} from './smoothL1';
export type { MisprintJump } from './smoothL1';
export { boxLoss, boxWeights } from './boxLoss';
export { EXAMPLE_ANCHORS } from './boxExample';
export type { ExampleAnchor } from './boxExample';
export type { BoxAnchor, BoxLossElement, BoxLossResult, BoxWeights } from './boxLoss';
export {
  convRelationship,
  transposedRelationship,
  poolRelationship,
  tfPoolRelationship,
} from './relationship';
export type { Relationship } from './relationship';
export {
  transposedEquivalent,
  directConvsFor,
  transposeOf,
  equivalentConvTensors,
  rotatedKernel,
  equivalentAxisLayout,
  scatterAxis,
  ROTATION_NOTE,
} from './equivalent';
export type {
  TransposedEquivalent,
  DirectConvCandidate,
  EquivalentAxisLayout,
  EquivalentCellKind,
  ScatterAxis,
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
export { seededRandom, seededIntegers, seededIntegerAt } from './random';
export { convFixes, poolFixes, transposedFixes } from './fixes';
export type { Fix, AxisChange, AxisParam } from './fixes';
// Layer stacks: shapes, receptive fields, the solver, the layer text of the URL and presets.
export { LAYER_MODULES, atLayer, layerKind, stackShapes, stackSteps, traceStack } from './stack';
export type { Layer, LayerKind, StackStep, StackTrace } from './stack';
export {
  pathGrid,
  layerLinkCounts,
  receptiveField,
  receptiveFieldProgression,
  receptiveFieldSummary,
  stackCellLinks,
} from './receptiveField';
export type { AxisLinkCounts, AxisPaths, ReceptiveFieldAxis } from './receptiveField';
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
// Practice: generated questions, checked answers and the sets they form.
export {
  checkAnswer,
  formatAnswer,
  readReal as readAnswerReal,
  readSizes,
} from './practice/answerText';
export { nextLevel, practiceTable, setTopics } from './practice/practiceSet';
export type { Outcome } from './practice/practiceSet';
export type { Answer, Question, Response, SeeState, Verdict } from './practice/types';
export { msgIds } from './practice/message';
export type { Msg, MsgValue } from './practice/message';
