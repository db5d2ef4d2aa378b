/**
 * The four detectors' settings; labels and captions are message ids. Each is a URL; choosing
 * one in the lab keeps the edited deltas so that the same batch can be compared under each
 * convention.
 */
import { presetLinks, type Preset, type PresetLink } from '../../components/presets';
import { SCHEMA, type ViewParams } from '../../url/schema';

export const PRESETS: readonly Preset<'smoothl1'>[] = [
  {
    id: 'rpn',
    label: 'smoothl1.pre.rpn.label',
    caption: 'smoothl1.pre.rpn.caption',
    params: { beta: 1, sigma: 3, box: 'rpn' },
  },
  {
    id: 'head',
    label: 'smoothl1.pre.head.label',
    caption: 'smoothl1.pre.head.caption',
    params: { beta: 1, sigma: 1, box: 'head' },
  },
  {
    id: 'torchvision',
    label: 'smoothl1.pre.torchvision.label',
    caption: 'smoothl1.pre.torchvision.caption',
    params: { beta: 1 / 9, sigma: null, box: 'sampled' },
  },
  {
    id: 'detectron2',
    label: 'smoothl1.pre.detectron2.label',
    caption: 'smoothl1.pre.detectron2.caption',
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
