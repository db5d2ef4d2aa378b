import {
  betaFromSigma,
  caffeSmoothL1Grad,
  huber,
  huberGrad,
  sigmaFromBeta,
  smoothL1,
  smoothL1Grad,
} from '../smoothL1';
import { realAnswer, round } from './common';
import type { Draw } from './draw';
import type { Level } from './topics';
import type { Question, SeeState } from './types';

const FORMAT = 'A number to 3 decimals (e.g. 0.125), or a fraction such as 1/9.';
const SIGMAS = [0.5, 1, 2, 3, 4, 5, 10] as const;
const BETAS = [1 / 16, 1 / 9, 0.04, 0.25, 0.5, 2, 4] as const;
const LOSS_BETAS = [0.5, 1, 2, 1 / 9] as const;
/** Huber's δ: the lab's δ field takes decimals only. */
const DELTAS = [0.5, 1, 1.5, 2] as const;

/** β as text: `1/9` for an exact reciprocal, else its decimal. */
const betaText = (beta: number) => {
  const k = Math.round(1 / beta);
  return beta < 1 && 1 / k === beta && k !== 2 && k !== 4 ? `1/${k}` : round(beta);
};

const see = (patch: Partial<Extract<SeeState, { view: 'smoothl1' }>>): SeeState => ({
  view: 'smoothl1',
  beta: 1,
  sigma: null,
  delta: 1,
  x: 0.5,
  curves: ['sl1', 'l1', 'l2', 'huber'],
  ...patch,
});

/** A probe point away from the breakpoints, two decimals at most. */
const probe = (draw: Draw, max: number) =>
  ((draw.chance(0.5) ? -1 : 1) * draw.int(5, max * 20) * 5) / 100;

/**
 * Smooth L1 and Huber: level 1 convert σ ↔ β or find the breakpoint; level 2 the loss at a
 * point; level 3 the gradient at a point (β, caffe's σ or Huber's δ).
 */
export function smoothL1Question(draw: Draw, level: Level): Question | null {
  if (level === 1) {
    const variant = draw.pick(['sigma-beta', 'beta-sigma', 'break'] as const);
    if (variant === 'beta-sigma') {
      const beta = draw.pick(BETAS);
      const sigma = sigmaFromBeta(beta);
      return {
        topic: 'smooth-l1',
        level,
        key: `beta-sigma:${beta}`,
        prompt: `PyTorch's \`nn.SmoothL1Loss(beta=${betaText(beta)})\`: which σ gives the same loss in py-faster-rcnn's caffe form?`,
        format: FORMAT,
        answer: realAnswer(sigma),
        hint: 'β = 1/σ², so σ = 1/√β.',
        solution: [`σ = 1/√β = 1/√${betaText(beta)} = ${round(sigma)}.`],
        see: see({ beta }),
        seeLabel: 'this β and its σ in the Smooth L1 lab',
      };
    }
    const sigma = draw.pick(SIGMAS);
    const beta = betaFromSigma(sigma);
    const isBreak = variant === 'break';
    return {
      topic: 'smooth-l1',
      level,
      key: `${variant}:${sigma}`,
      prompt: isBreak
        ? `py-faster-rcnn's Smooth L1 with σ = ${sigma}: at which |x| does the loss switch from the squared part to the linear part?`
        : `py-faster-rcnn uses Smooth L1 with σ = ${sigma}. Which \`beta\` gives the same loss with PyTorch's \`nn.SmoothL1Loss\`?`,
      format: FORMAT,
      answer: realAnswer(beta),
      hint: isBreak
        ? 'The caffe form switches at |x| = 1/σ², the same point as PyTorch’s β.'
        : 'β = 1/σ².',
      solution: [`β = 1/σ² = 1/${sigma}² = ${betaText(beta)} ≈ ${round(beta)}.`],
      see: see({ beta, sigma }),
      seeLabel: 'this σ in the Smooth L1 lab',
    };
  }
  const x = probe(draw, 3);
  if (level === 2) {
    const huberForm = draw.chance(0.3);
    const param = draw.pick(huberForm ? DELTAS : LOSS_BETAS);
    const value = huberForm ? huber(x, param) : smoothL1(x, param);
    const small = Math.abs(x) < param;
    const name = huberForm
      ? `nn.HuberLoss(delta=${betaText(param)})`
      : `nn.SmoothL1Loss(beta=${betaText(param)})`;
    return {
      topic: 'smooth-l1',
      level,
      key: `loss:${huberForm}:${param}:${x}`,
      prompt: `\`${name}\` where prediction − target = x = ${round(x)}: what is the loss?`,
      format: FORMAT,
      answer: realAnswer(value),
      hint: huberForm
        ? 'Huber: ½x² for |x| < δ, else δ(|x| − ½δ).'
        : 'Smooth L1: ½x²/β for |x| < β, else |x| − ½β.',
      solution: [
        `|x| = ${round(Math.abs(x))} is ${small ? 'below' : 'at or above'} the breakpoint ${betaText(param)}: the ${small ? 'squared' : 'linear'} part.`,
        `Loss = ${round(value, 6)}.`,
      ],
      see: huberForm ? see({ delta: param, x }) : see({ beta: param, x }),
      seeLabel: 'this point on the curves of the Smooth L1 lab',
    };
  }
  const form = draw.pick(['beta', 'sigma', 'delta'] as const);
  if (form === 'sigma') {
    const sigma = draw.pick([1, 2, 3]);
    const value = caffeSmoothL1Grad(x, sigma);
    return {
      topic: 'smooth-l1',
      level,
      key: `grad-sigma:${sigma}:${x}`,
      prompt: `py-faster-rcnn's Smooth L1 with σ = ${sigma} at x = ${round(x)}: what is the gradient d loss / dx?`,
      format: FORMAT,
      answer: realAnswer(value),
      hint: 'The caffe form is 0.5(σx)² for |x| < 1/σ², else |x| − 0.5/σ²: its gradient is σ²x inside, sign(x) outside.',
      solution: [
        `Breakpoint 1/σ² = ${betaText(betaFromSigma(sigma))}; |x| = ${round(Math.abs(x))} is ${Math.abs(x) < betaFromSigma(sigma) ? 'inside: σ²x' : 'outside: sign(x)'}.`,
        `Gradient = ${round(value, 6)}.`,
      ],
      see: see({ sigma, beta: betaFromSigma(sigma), x }),
      seeLabel: 'this point on the curves of the Smooth L1 lab',
    };
  }
  const param = draw.pick(form === 'delta' ? DELTAS : LOSS_BETAS);
  const value = form === 'delta' ? huberGrad(x, param) : smoothL1Grad(x, param);
  const inside = Math.abs(x) < param;
  const name =
    form === 'delta'
      ? `nn.HuberLoss(delta=${betaText(param)})`
      : `nn.SmoothL1Loss(beta=${betaText(param)})`;
  return {
    topic: 'smooth-l1',
    level,
    key: `grad-${form}:${param}:${x}`,
    prompt: `\`${name}\` where prediction − target = x = ${round(x)}: what is the gradient d loss / dx?`,
    format: FORMAT,
    answer: realAnswer(value),
    hint:
      form === 'delta'
        ? 'Huber’s gradient is x inside |x| < δ and δ·sign(x) outside.'
        : 'Smooth L1’s gradient is x/β inside |x| < β and sign(x) outside.',
    solution: [
      `|x| = ${round(Math.abs(x))} is ${inside ? 'inside' : 'outside'} the breakpoint ${betaText(param)}.`,
      `Gradient = ${round(value, 6)}.`,
    ],
    see: form === 'delta' ? see({ delta: param, x }) : see({ beta: param, x }),
    seeLabel: 'this point on the curves of the Smooth L1 lab',
  };
}
