/**
 * The four detectors' settings. Each is a URL (`presetUrl`); choosing one in the lab keeps the
 * edited deltas so that the same batch can be compared under each convention.
 */
import { defaultParams, encode } from '../../url/codec';
import type { ViewParams } from '../../url/schema';

export type SmoothL1Params = ViewParams<'smoothl1'>;
type PresetParams = Pick<SmoothL1Params, 'beta' | 'sigma' | 'box'>;

export interface Preset {
  id: 'rpn' | 'head' | 'torchvision' | 'detectron2';
  label: string;
  /** One line: the loss parameter and the normalisation. */
  detail: string;
  params: PresetParams;
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'rpn',
    label: 'py-faster-rcnn RPN',
    detail: 'σ = 3 (β = 1/9); outside weights 1/#sampled',
    params: { beta: 1, sigma: 3, box: 'rpn' },
  },
  {
    id: 'head',
    label: 'Fast R-CNN head',
    detail: 'σ = 1 (β = 1); divided by #RoIs',
    params: { beta: 1, sigma: 1, box: 'head' },
  },
  {
    id: 'torchvision',
    label: 'torchvision',
    detail: 'β = 1/9; sum over positives ÷ #sampled',
    params: { beta: 1 / 9, sigma: null, box: 'sampled' },
  },
  {
    id: 'detectron2',
    label: 'detectron2 default',
    detail: 'β = 0 (plain L1); sum over positives ÷ #sampled',
    params: { beta: 0, sigma: null, box: 'sampled' },
  },
];

/**
 * The preset's own link (default probe, curves and batch).
 *
 * @example presetUrl(PRESETS[0]) // '?view=smoothl1&sigma=3&box=rpn'
 */
export function presetUrl(preset: Preset): string {
  return encode('smoothl1', { ...defaultParams('smoothl1'), ...preset.params });
}

/** The preset whose loss parameter and normalisation the params match, if any. */
export function activePreset(params: PresetParams): Preset | null {
  return (
    PRESETS.find(
      (p) =>
        p.params.sigma === params.sigma &&
        p.params.box === params.box &&
        (params.sigma !== null || p.params.beta === params.beta),
    ) ?? null
  );
}
