/**
 * Real networks as presets of the stack explorer, written in the layer text of the URL key `L`.
 * Activations and normalisation are left out (they change no size and no receptive field); every
 * convolution has PyTorch's default bias, so parameter counts are those of these modules (the
 * sources' ResNet and DCGAN use bias=False beside batch norm).
 */
import { parseLayers, tokenLayer, type LayerToken } from './layerText';
import { stackInputSizes } from './stackSolver';

/** One preset. */
export interface NetworkPreset {
  id: 'alexnet' | 'vgg16' | 'resnet50' | 'unet' | 'dcgan' | 'deeplab';
  name: string;
  /** Where the layers come from. */
  source: string;
  /** Square input size (the URL key `i`). */
  input: number;
  /** Input channels (the URL key `cin`). */
  inChannels: number;
  /** The layers (the URL key `L`). */
  layers: string;
  /** What the preset shows. */
  shows: string;
}

export const NETWORK_PRESETS: readonly NetworkPreset[] = [
  {
    id: 'alexnet',
    name: 'AlexNet features',
    source: 'torchvision/models/alexnet.py, AlexNet.features',
    input: 224,
    inChannels: 3,
    layers: 'c11s4p2x64,m3s2,c5p2x192,m3s2,c3p1x384,c3p1x256,c3p1x256,m3s2',
    shows:
      'Overlapping 3 × 3 pools of stride 2; the last map is 6 × 6 and each cell sees 195 × 195.',
  },
  {
    id: 'vgg16',
    name: 'VGG-16 features',
    source: "torchvision/models/vgg.py, cfgs['D'] through make_layers",
    input: 224,
    inChannels: 3,
    layers:
      'c3p1x64,c3p1x64,m2,c3p1x128,c3p1x128,m2,c3p1x256,c3p1x256,c3p1x256,m2,' +
      'c3p1x512,c3p1x512,c3p1x512,m2,c3p1x512,c3p1x512,c3p1x512,m2',
    shows: 'Stacked 3 × 3 convolutions: pool5 sees 212 × 212 of a 224 × 224 input.',
  },
  {
    id: 'resnet50',
    name: 'ResNet-50 stem and downsampling path',
    source:
      'torchvision/models/resnet.py, resnet50: conv1, maxpool, then conv1–conv3 of the first ' +
      'Bottleneck of layer1–layer4 (the stride sits in the 3 × 3 conv2)',
    input: 224,
    inChannels: 3,
    layers:
      'c7s2p3x64,m3s2p1,c1x64,c3p1x64,c1x256,c1x128,c3s2p1x128,c1x512,' +
      'c1x256,c3s2p1x256,c1x1024,c1x512,c3s2p1x512,c1x2048',
    shows: 'Stride 32 in five steps: 224 → 112 → 56 → 28 → 14 → 7.',
  },
  {
    id: 'unet',
    name: 'U-Net encoder and decoder',
    source:
      'Ronneberger et al. 2015 with padded 3 × 3 convolutions, MaxPool2d(2) and ' +
      'ConvTranspose2d(kernel_size=2, stride=2) as common PyTorch ports build it; one ' +
      'convolution per level instead of two (the same sizes) and no skip connections',
    input: 161,
    inChannels: 1,
    layers:
      'c3p1x64,m2,c3p1x128,m2,c3p1x256,m2,c3p1x512,m2,c3p1x1024,' +
      't2s2x512,c3p1x512,t2s2x256,c3p1x256,t2s2x128,c3p1x128,t2s2x64,c3p1x64,c1x2',
    shows:
      'At 161 the first pool drops a row and a column and the decoder comes back at 160: ' +
      'only multiples of 16 return to their own size.',
  },
  {
    id: 'dcgan',
    name: 'DCGAN generator',
    source: 'pytorch/examples dcgan/main.py, Generator (nz = 100, ngf = 64, nc = 3)',
    input: 1,
    inChannels: 100,
    layers: 't4x512,t4s2p1x256,t4s2p1x128,t4s2p1x64,t4s2p1x3',
    shows:
      'ConvTranspose2d k4 s2 p1 doubles the size; k a multiple of s overlaps evenly inside, ' +
      'so only the borders thin out (t3s2p1 makes the checkerboard).',
  },
  {
    id: 'deeplab',
    name: 'DeepLab-style dilated block',
    source:
      'Chen et al., DeepLab (v2, v3): 3 × 3 convolutions at rates 6, 12 and 18, here stacked ' +
      'one after another on a ResNet output stride 8 map of a 513 × 513 crop',
    input: 65,
    inChannels: 2048,
    layers: 'c3p6d6x256,c3p12d12x256,c3p18d18x256',
    shows:
      'Gridding: every rate is a multiple of 6, so a cell sees only every sixth input cell of ' +
      'its 73 × 73 field.',
  },
];

/**
 * The layers of a preset (its text always reads without problems).
 *
 * @example presetTokens(NETWORK_PRESETS[0]).length // 8
 */
export function presetTokens(preset: NetworkPreset): LayerToken[] {
  return parseLayers(preset.layers).layers;
}

/**
 * The input sizes in a range at which the U-Net preset comes back at its own size: every pool
 * must leave no cell behind ((i − 2) mod 2 = 0 at each of its four pools, paper section 2.4),
 * so these are the multiples of 2⁴ = 16.
 *
 * @example unetInputSizes({ min: 1, max: 40 }) // [16, 32]
 */
export function unetInputSizes(range: { min: number; max: number }): number[] {
  const unet = NETWORK_PRESETS.find((preset) => preset.id === 'unet')!;
  const layers = presetTokens(unet).map(tokenLayer);
  return stackInputSizes([unet.input, unet.input], layers, 0, range)
    .filter((entry) => entry.output === entry.input)
    .map((entry) => entry.input);
}
