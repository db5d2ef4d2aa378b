/**
 * The code panel's snippets: the worked example in PyTorch for the chosen normalisation, the
 * probe through `F.smooth_l1_loss` and `nn.HuberLoss`, and the caffe layer of py-faster-rcnn.
 * The printed results come from the engine, which matches PyTorch.
 */
import type { BoxAnchor, BoxLossResult, BoxScheme } from '../../../engine';
import type { CodeSnippet } from '../../components/CodePanel';
import { formatNumber, formatReal } from '../../url/fields';
import { formatReadout } from './format';
import type { LossSettings, ProbeReadout } from './lossModel';
import { t } from '../../i18n/i18n';

/** A Python float literal: `3.0`, `0.5`. */
function pyFloat(value: number): string {
  const text = formatNumber(value);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** β as the user wrote it: `1 / 3**2` in the σ form, `1/9` or `0.5` in the β form. */
export function pyBeta(settings: LossSettings): string {
  return settings.form === 'sigma'
    ? `1 / ${formatNumber(settings.sigma)}**2`
    : formatReal(settings.beta, true);
}

function pyMatrix(rows: readonly (readonly number[])[]): string {
  return rows.map((row) => `    [${row.map(formatNumber).join(', ')}],`).join('\n');
}

function reductionLines(scheme: BoxScheme, beta: string, count: number): string[] {
  const caffe = (comment: string, outside: string, divisor: number, why: string) => [
    `# ${comment}`,
    `inside = torch.zeros(${count}, 4)`,
    `inside[positive] = 1.0`,
    `outside = ${outside}`,
    `per_element = F.smooth_l1_loss(inside * pred, inside * target, beta=${beta}, reduction='none')`,
    `loss = (outside * per_element).sum() / ${divisor}  # ${why}`,
  ];
  switch (scheme) {
    case 'rpn':
      return caffe(
        'py-faster-rcnn RPN: inside weights pick the positives, outside weights are 1/#sampled',
        `torch.full((${count}, 4), 1 / ${count})`,
        1,
        'caffe divides by the blob’s first axis: 1',
      );
    case 'head':
      return caffe(
        'Fast R-CNN head: outside weights are (inside > 0)',
        '(inside > 0).float()',
        count,
        'caffe divides by the number of RoIs',
      );
    case 'sampled':
      return [
        '# torchvision / detectron2: sum over the positives, divided by the number sampled',
        `loss = F.smooth_l1_loss(pred[positive], target[positive], beta=${beta}, reduction='sum') / ${count}`,
      ];
    case 'mean':
      return [
        '# PyTorch’s default reduction: the mean over the positives’ elements (4 per anchor)',
        `loss = F.smooth_l1_loss(pred[positive], target[positive], beta=${beta}, reduction='mean')`,
      ];
  }
}

/** The worked example as runnable PyTorch. */
export function workedExampleSnippet(
  settings: LossSettings,
  scheme: BoxScheme,
  batch: readonly BoxAnchor[],
  result: BoxLossResult,
): CodeSnippet {
  const positives = batch.flatMap((a, i) => (a.positive ? [i] : []));
  const code = [
    'import torch',
    'import torch.nn.functional as F',
    '',
    `# ${batch.length} sampled anchors: predicted and target deltas (dx, dy, dw, dh)`,
    'pred = torch.tensor([',
    pyMatrix(batch.map((a) => a.pred)),
    '], dtype=torch.float64, requires_grad=True)',
    'target = torch.tensor([',
    pyMatrix(batch.map((a) => a.target)),
    '], dtype=torch.float64)',
    `positive = torch.tensor([${positives.join(', ')}])  # anchors ${positives.map((i) => i + 1).join(', ') || 'none'}, counted from 0 here`,
    '',
    ...reductionLines(scheme, pyBeta(settings), batch.length),
    'loss.backward()',
    `print(loss.item())  # ${formatReadout(result.loss)}`,
    'print(pred.grad)  # ∂L/∂pred, as in the table',
  ].join('\n');
  return {
    label: 'PyTorch',
    code,
    notes: [t('smoothl1.code.inside')],
  };
}

/** The probe through PyTorch's functional Smooth L1 and its Huber module. */
export function probeSnippet(settings: LossSettings, readout: ProbeReadout): CodeSnippet {
  const delta = formatNumber(settings.delta);
  const code = [
    'import torch',
    'import torch.nn.functional as F',
    'from torch import nn',
    '',
    `x = torch.tensor([${formatNumber(readout.x)}])  # the probe: prediction − target`,
    'zero = torch.zeros(1)',
    `print(F.smooth_l1_loss(x, zero, beta=${pyBeta(settings)}, reduction='none').item())  # ${formatReadout(readout.loss)}`,
    '',
    `huber = nn.HuberLoss(delta=${delta})`,
    `smooth_l1 = nn.SmoothL1Loss(beta=${delta})  # β = δ`,
    `print(huber(x, zero).item())  # ${formatReadout(readout.huber)}`,
    `print(${delta} * smooth_l1(x, zero).item())  # the same: Huber_δ = δ · SmoothL1_{β=δ}`,
  ].join('\n');
  return { label: t('smoothl1.code.probe'), code };
}

/** py-faster-rcnn's prototxt layer; β = 0 has no σ and gets a note instead. */
export function caffeSnippet(settings: LossSettings, scheme: BoxScheme): CodeSnippet {
  const prefix = scheme === 'head' ? '' : 'rpn_';
  if (!Number.isFinite(settings.sigma)) {
    return {
      label: 'Caffe',
      code: `# β = 0 (plain L1) has no σ: SmoothL1Loss cannot express it (σ = 1/√β → ∞).`,
      notes: [t('smoothl1.code.noSigma')],
    };
  }
  const code = [
    `# py-faster-rcnn train.prototxt; β = 1/σ² = ${formatReal(settings.beta, true)}`,
    'layer {',
    `  name: "${prefix}loss_bbox"`,
    '  type: "SmoothL1Loss"',
    `  bottom: "${prefix}bbox_pred"`,
    `  bottom: "${prefix}bbox_targets"`,
    `  bottom: "${prefix}bbox_inside_weights"`,
    `  bottom: "${prefix}bbox_outside_weights"`,
    `  top: "${prefix}loss_bbox"`,
    '  loss_weight: 1',
    `  smooth_l1_loss_param { sigma: ${pyFloat(settings.sigma)} }`,
    '}',
  ].join('\n');
  return {
    label: 'Caffe',
    code,
    notes: [t('smoothl1.code.caffe')],
  };
}
