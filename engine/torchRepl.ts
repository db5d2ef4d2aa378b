/**
 * What a PyTorch session prints for a comparison mask before and after the dtype change of
 * 1.2 (docs/semantics.md §5.7): up to 1.1 comparisons gave `torch.uint8` 0/1 tensors, from
 * 1.2 they give `torch.bool`.
 */
import { torchRepr } from './arrayRepr';
import { maskMsg, type Msg } from './message';
import type { BoolArray } from './mask';

export type TorchVersion = '1.1' | '1.2';

/** One prompt of the session: what is typed, what comes back, and why it matters. */
export interface ReplEntry {
  input: string;
  /** Printed result, error or warning; empty for a statement such as an assignment. */
  output: string;
  kind: 'value' | 'error' | 'warning' | 'statement';
  /** Why it matters, as a message of the mask catalogue. */
  note?: Msg;
}

const SUBTRACT_BOOL =
  'RuntimeError: Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.';
const UINT8_INDEX_WARNING =
  'UserWarning: indexing with dtype torch.uint8 is now deprecated, please use a dtype torch.bool instead.';

/**
 * The session for `mask = <condition>` in the given version.
 *
 * @example torchMaskSession({ shape: [2], data: [1, 0] }, 'a > 0', '1.1')[1].output // 'tensor([1, 0], dtype=torch.uint8)'
 */
export function torchMaskSession(
  mask: BoolArray,
  condition: string,
  version: TorchVersion,
): ReplEntry[] {
  const flipped = mask.data.map((v) => (v ? 0 : 1));
  const start: ReplEntry[] = [{ input: `mask = ${condition}`, output: '', kind: 'statement' }];
  if (version === '1.1') {
    const uint8 = (data: number[]) => torchRepr({ shape: mask.shape, data, dtype: 'uint8' });
    return [
      ...start,
      { input: 'mask', output: uint8(mask.data), kind: 'value' },
      { input: 'mask.dtype', output: 'torch.uint8', kind: 'value' },
      {
        input: '1 - mask',
        output: uint8(flipped),
        kind: 'value',
        note: maskMsg('repl.oldInvert'),
      },
      {
        input: '~mask',
        output: uint8(flipped),
        kind: 'value',
        note: maskMsg('repl.oldTilde'),
      },
    ];
  }
  const bool = (data: number[]) => torchRepr({ shape: mask.shape, data, dtype: 'bool' });
  return [
    ...start,
    { input: 'mask', output: bool(mask.data), kind: 'value' },
    { input: 'mask.dtype', output: 'torch.bool', kind: 'value' },
    {
      input: '1 - mask',
      output: SUBTRACT_BOOL,
      kind: 'error',
      note: maskMsg('repl.breaks'),
    },
    { input: '~mask', output: bool(flipped), kind: 'value', note: maskMsg('repl.logicalNot') },
    {
      input: 'old = mask.byte()',
      output: '',
      kind: 'statement',
      note: maskMsg('repl.byte'),
    },
    {
      input: '~old',
      output: torchRepr({
        shape: mask.shape,
        data: mask.data.map((v) => 255 - v),
        dtype: 'uint8',
      }),
      kind: 'value',
      note: maskMsg('repl.bitwiseNot'),
    },
    {
      input: 'a[old]',
      output: UINT8_INDEX_WARNING,
      kind: 'warning',
      note: maskMsg('repl.warning'),
    },
  ];
}
