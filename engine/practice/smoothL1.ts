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
import { msg } from './message';
import type { Level } from './topics';
import type { Question, SeeState } from './types';

const FORMAT = msg('sl1.format');
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
        prompt: msg('sl1.betaSigma', { module: `nn.SmoothL1Loss(beta=${betaText(beta)})` }),
        format: FORMAT,
        answer: realAnswer(sigma),
        hint: msg('sl1.betaSigmaHint'),
        solution: [
          msg('formula', { formula: `σ = 1/√β = 1/√${betaText(beta)} = ${round(sigma)}.` }),
        ],
        see: see({ beta }),
        seeLabel: msg('sl1.seeBeta'),
      };
    }
    const sigma = draw.pick(SIGMAS);
    const beta = betaFromSigma(sigma);
    const isBreak = variant === 'break';
    return {
      topic: 'smooth-l1',
      level,
      key: `${variant}:${sigma}`,
      prompt: msg(isBreak ? 'sl1.break' : 'sl1.sigmaBeta', { sigma: `σ = ${sigma}` }),
      format: FORMAT,
      answer: realAnswer(beta),
      hint: isBreak ? msg('sl1.breakHint') : msg('sl1.sigmaBetaHint'),
      solution: [
        msg('formula', { formula: `β = 1/σ² = 1/${sigma}² = ${betaText(beta)} ≈ ${round(beta)}.` }),
      ],
      see: see({ beta, sigma }),
      seeLabel: msg('sl1.seeSigma'),
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
      prompt: msg('sl1.loss', { module: name, x: `x = ${round(x)}` }),
      format: FORMAT,
      answer: realAnswer(value),
      hint: huberForm ? msg('sl1.huberHint') : msg('sl1.lossHint'),
      solution: [
        msg(small ? 'sl1.below' : 'sl1.above', {
          x: `|x| = ${round(Math.abs(x))}`,
          breakpoint: betaText(param),
        }),
        msg('sl1.lossIs', { value: round(value, 6) }),
      ],
      see: huberForm ? see({ delta: param, x }) : see({ beta: param, x }),
      seeLabel: msg('sl1.seePoint'),
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
      prompt: msg('sl1.gradSigma', { sigma: `σ = ${sigma}`, x: `x = ${round(x)}` }),
      format: FORMAT,
      answer: realAnswer(value),
      hint: msg('sl1.gradSigmaHint'),
      solution: [
        msg(Math.abs(x) < betaFromSigma(sigma) ? 'sl1.caffeInside' : 'sl1.caffeOutside', {
          breakpoint: `1/σ² = ${betaText(betaFromSigma(sigma))}`,
          x: `|x| = ${round(Math.abs(x))}`,
        }),
        msg('sl1.gradIs', { value: round(value, 6) }),
      ],
      see: see({ sigma, beta: betaFromSigma(sigma), x }),
      seeLabel: msg('sl1.seePoint'),
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
    prompt: msg('sl1.grad', { module: name, x: `x = ${round(x)}` }),
    format: FORMAT,
    answer: realAnswer(value),
    hint: form === 'delta' ? msg('sl1.huberGradHint') : msg('sl1.gradHint'),
    solution: [
      msg(inside ? 'sl1.inside' : 'sl1.outside', {
        x: `|x| = ${round(Math.abs(x))}`,
        breakpoint: betaText(param),
      }),
      msg('sl1.gradIs', { value: round(value, 6) }),
    ],
    see: form === 'delta' ? see({ delta: param, x }) : see({ beta: param, x }),
    seeLabel: msg('sl1.seePoint'),
  };
}
