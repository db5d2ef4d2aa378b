/**
 * The kinds of layer a stack holds and their PyTorch modules: light, so that the layer text of
 * the URL (`layerText.ts`) can be read on the first page without the stack's arithmetic.
 */

/** What a layer is, with the pooling mode spelled out. */
export type LayerKind = 'conv' | 'convTranspose' | 'maxPool' | 'avgPool';

/** The PyTorch 2-D module of each kind. */
export const LAYER_MODULES: Record<LayerKind, string> = {
  conv: 'Conv2d',
  convTranspose: 'ConvTranspose2d',
  maxPool: 'MaxPool2d',
  avgPool: 'AvgPool2d',
};
