/**
 * The four detectors' settings. Each is a URL; choosing one in the lab keeps the edited deltas
 * so that the same batch can be compared under each convention.
 */
import { presetLinks, type Preset, type PresetLink } from '../../components/presets';
import { SCHEMA, type ViewParams } from '../../url/schema';

export const PRESETS: readonly Preset<'smoothl1'>[] = [
  {
    id: 'rpn',
    label: 'py-faster-rcnn RPN',
    caption: 'σ = 3 (β = 1/9); outside weights 1/#sampled',
    params: { beta: 1, sigma: 3, box: 'rpn' },
  },
  {
    id: 'head',
    label: 'Fast R-CNN head',
    caption: 'σ = 1 (β = 1); divided by #RoIs',
    params: { beta: 1, sigma: 1, box: 'head' },
  },
  {
    id: 'torchvision',
    label: 'torchvision',
    caption: 'β = 1/9; sum over positives ÷ #sampled',
    params: { beta: 1 / 9, sigma: null, box: 'sampled' },
  },
  {
    id: 'detectron2',
    label: 'detectron2 default',
    caption: 'β = 0 (plain L1); sum over positives ÷ #sampled',
    params: { beta: 0, sigma: null, box: 'sampled' },
  },
];

/**
 * The presets as links. σ wins over β: with σ given, the link's β means nothing, so the
 * presets compare it at its default (a σ preset matches whatever β the link also carries).
 *
 * @example smoothL1Presets(params)[0].href // '?view=smoothl1&sigma=3&box=rpn'
 */
export function smoothL1Presets(params: ViewParams<'smoothl1'>): PresetLink<'smoothl1'>[] {
  const compared =
    params.sigma === null ? params : { ...params, beta: SCHEMA.smoothl1.beta.default };
  return presetLinks('smoothl1', PRESETS, compared, false);
}
