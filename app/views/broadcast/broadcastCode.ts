/**
 * The NumPy and PyTorch code for the current operands: the expression, `broadcast_shapes`, and
 * the stretched views (`np.broadcast_to`, `Tensor.expand`) that copy nothing.
 */
import { expandStrides, expressionFor, formatTuple } from '../../../engine';
import type { CodeSnippet } from '../../components/CodePanel';
import { t } from '../../i18n/i18n';
import type { BroadcastModel, Operand } from './broadcastModel';

/** Operands with more elements than this are written as zeros rather than spelled out. */
const SPELL_OUT_MAX = 48;

/** Nested Python list of row-major values: [[1, 2], [3, 4]]; a 0-d value is a bare number. */
export function nestedList(shape: readonly number[], valueAt: (index: number) => number): string {
  const recurse = (axis: number, offset: number): string => {
    if (axis === shape.length) return String(valueAt(offset));
    const block = shape.slice(axis + 1).reduce((p, s) => p * s, 1);
    const items = Array.from({ length: shape[axis] }, (_, i) =>
      recurse(axis + 1, offset + i * block),
    );
    return `[${items.join(', ')}]`;
  };
  return recurse(0, 0);
}

function constructor(operand: Operand, lib: 'np' | 'torch'): string {
  const shapeText = formatTuple(operand.shape);
  const zeros =
    lib === 'np'
      ? `np.zeros(${shapeText}, dtype=np.int64)`
      : `torch.zeros(${shapeText}, dtype=torch.int64)`;
  // A list with no elements would build shape (0,) and float64/float32: name the shape instead.
  if (operand.count === 0) return `${operand.name} = ${zeros}  # no elements`;
  if (operand.count > SPELL_OUT_MAX) {
    return `${operand.name} = ${zeros}  # values not spelled out`;
  }
  const call = lib === 'np' ? 'np.array' : 'torch.tensor';
  return `${operand.name} = ${call}(${nestedList(operand.shape, operand.valueAt)})  # shape ${shapeText}`;
}

export function broadcastSnippets(model: BroadcastModel): CodeSnippet[] {
  const names = model.operands.map((o) => o.name);
  const shapes = names.map((n) => `${n}.shape`).join(', ');
  const shape = model.shape;
  const target = shape ? formatTuple(shape) : '';

  const numpy = ['import numpy as np', '', ...model.operands.map((o) => constructor(o, 'np'))];
  const numpyExpr = expressionFor(model.op, names, 'numpy');
  if (shape) {
    numpy.push(`result = ${numpyExpr}  # shape ${target}, ${model.op.numpyDtype}`, '');
    numpy.push(`np.broadcast_shapes(${shapes})  # ${target}`);
    for (const o of model.operands) {
      numpy.push(`np.broadcast_to(${o.name}, ${target})  # read-only view: no copy`);
    }
  } else {
    numpy.push(`result = ${numpyExpr}`, `# ValueError: ${model.numpyError}`);
  }

  const torch = ['import torch', '', ...model.operands.map((o) => constructor(o, 'torch'))];
  const torchExpr = expressionFor(model.op, names, 'torch');
  if (shape) {
    torch.push(`result = ${torchExpr}  # shape ${target}, ${model.op.torchDtype}`, '');
    torch.push(`torch.broadcast_shapes(${shapes})  # torch.Size([${shape.join(', ')}])`);
    if (shape.length) {
      for (const o of model.operands) {
        const strides = expandStrides(o.shape, shape);
        torch.push(
          `${o.name}.expand(${shape.join(', ')})  # a view: stride() == ${formatTuple(strides)}`,
        );
      }
    }
  } else {
    torch.push(`result = ${torchExpr}`, `# RuntimeError: ${model.torchError}`);
  }

  return [
    {
      label: 'NumPy',
      code: numpy.join('\n'),
      notes: [t('broadcast.code.npNote')],
    },
    {
      label: 'PyTorch',
      code: torch.join('\n'),
      notes: [t('broadcast.code.torchNote')],
    },
  ];
}
