"""TensorFlow pooling reference vectors, computed in PyTorch 1.13 (TensorFlow is not installed).

Usage (Debian's interpreter, which has torch 1.13 and numpy 1.24):

    /usr/bin/python3 scripts/vectors/gen_tfpool.py SEED COUNT OUT.json

TensorFlow's rule (docs/semantics.md §3.1), written here in its documented form: per axis,
VALID pads nothing; SAME gives ceil(i/s) outputs and pads P = max(k - s, 0) if i % s == 0 else
max(k - i % s, 0), P // 2 before (top/left) and the rest after. Padding never takes part:
max pooling ignores it, average pooling divides by the window's input cells only. Emulated in
PyTorch as F.pad and then pooling without padding:

  max  F.max_pool2d(F.pad(x, pads, value=-inf), k, s)
  avg  F.avg_pool2d(F.pad(x, pads), k, s, divisor_override=1)
       / F.avg_pool2d(F.pad(ones, pads), k, s, divisor_override=1)

Where SAME's padding is the same at both ends of both axes, the script also checks PyTorch's
own AvgPool2d(padding=p, count_include_pad=False) gives the same numbers, and marks the case
"torchSymmetric": true. Cases: {id, mode, padding, kernel, stride, input {shape, data},
expected {shape, data}, pads [[top, bottom], [left, right]]}; inputs are small integers.
"""
import json
import sys

import numpy as np
import torch
import torch.nn.functional as F


def tf_pads(i, k, s, padding):
    if padding == 'VALID':
        return 0, 0
    total = max(k - s, 0) if i % s == 0 else max(k - i % s, 0)
    return total // 2, total - total // 2


def number(v):
    return int(v) if float(v).is_integer() else round(float(v), 12)


def main():
    seed, count, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    rng = np.random.default_rng(seed)
    cases = []
    while len(cases) < count:
        mode = ['max', 'avg'][rng.integers(2)]
        padding = ['SAME', 'VALID'][rng.integers(2)]
        kernel = [int(v) for v in rng.integers(1, 5, 2)]
        stride = [int(v) for v in rng.integers(1, 4, 2)]
        shape = [int(v) for v in rng.integers(1, 8, 2)]
        if padding == 'VALID' and any(i < k for i, k in zip(shape, kernel)):
            continue  # no window: the engine refuses (tested on its own)
        x = torch.tensor(rng.integers(-9, 10, [1] + shape), dtype=torch.float64)
        (t, b), (l, r) = [tf_pads(i, k, s, padding) for i, k, s in zip(shape, kernel, stride)]
        pads = (l, r, t, b)
        if mode == 'max':
            y = F.max_pool2d(F.pad(x, pads, value=-np.inf), kernel, stride)
        else:
            sums = F.avg_pool2d(F.pad(x, pads), kernel, stride, divisor_override=1)
            counts = F.avg_pool2d(F.pad(torch.ones_like(x), pads), kernel, stride,
                                  divisor_override=1)
            y = sums / counts
        expected_shape = [-(-i // s) if padding == 'SAME' else (i - k + s) // s
                          for i, k, s in zip(shape, kernel, stride)]
        assert list(y.shape[1:]) == expected_shape, (shape, kernel, stride, padding, y.shape)
        case = {'id': f'{seed}-{len(cases):04d}', 'mode': mode, 'padding': padding,
                'kernel': kernel, 'stride': stride,
                'input': {'shape': list(x.shape), 'data': [number(v) for v in x.flatten()]},
                'expected': {'shape': list(y.shape), 'data': [number(v) for v in y.flatten()]},
                'pads': [[t, b], [l, r]]}
        if mode == 'avg' and t == b and l == r and t <= kernel[0] // 2 and l <= kernel[1] // 2:
            own = F.avg_pool2d(x, kernel, stride, (t, l), count_include_pad=False)
            assert torch.equal(own, y), case['id']
            case['torchSymmetric'] = True
        cases.append(case)
    meta = {'generator': 'scripts/vectors/gen_tfpool.py', 'seed': seed, 'count': count,
            'torch': torch.__version__, 'numpy': np.__version__}
    with open(out, 'w') as f:
        json.dump({'meta': meta, 'cases': cases}, f, separators=(',', ':'))
        f.write('\n')


if __name__ == '__main__':
    main()
