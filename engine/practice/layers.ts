import { parseLayers, tokenLayer, type LayerToken } from '../layerText';
import { moduleText } from '../stackInfo';
import type { Layer } from '../stack';

/** A short stack read from the layer text of the stack view's URL (`c3s2p1,m2`). */
export interface TextStack {
  /** The text, as the stack view's `L` key holds it. */
  text: string;
  tokens: LayerToken[];
  layers: Layer[];
  /** Each layer as PyTorch code (`nn.Conv2d(8, 8, kernel_size=(3, 3), …)`). */
  modules: string[];
}

/**
 * Reads a stack's layer text with the engine's own reader, and writes each layer as the PyTorch
 * module it stands for (8 channels throughout).
 *
 * @example textStack('c3,c3').modules[0] // 'nn.Conv2d(8, 8, kernel_size=(3, 3), stride=(1, 1), padding=(0, 0))'
 */
export function textStack(text: string): TextStack {
  const { layers: tokens, problems } = parseLayers(text);
  if (problems.length) throw new Error(`unreadable layers ${text}: ${problems[0].reason}`);
  return {
    text,
    tokens,
    layers: tokens.map(tokenLayer),
    modules: tokens.map((token) => `nn.${moduleText(token, 8, 8)}`),
  };
}

/**
 * One layer in the layer text: `c3s2p1`, `c3d2`, `m2`, `t3o1x0s2p1`. The output padding comes
 * right after the kernel, where `AxB` cannot be read as output channels.
 */
export function layerToken(
  op: 'c' | 'm' | 't',
  k: number,
  s = 1,
  p = 0,
  d = 1,
  a: number | [number, number] = 0,
): string {
  const pool = op === 'm';
  const [ah, aw] = typeof a === 'number' ? [a, a] : a;
  return [
    `${op}${k}`,
    ah || aw ? `o${ah === aw ? ah : `${ah}x${aw}`}` : '',
    (pool ? s !== k : s !== 1) ? `s${s}` : '',
    p ? `p${p}` : '',
    d > 1 ? `d${d}` : '',
  ].join('');
}
