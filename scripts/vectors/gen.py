"""Regenerate the engine's reference vectors from PyTorch (float64) and NumPy.

Usage (Debian's interpreter, which has torch 1.13 and numpy 1.24):

    /usr/bin/python3 scripts/vectors/gen.py SEED COUNT OUT.json

Writes ``{"meta": {...}, "cases": [...]}`` in the format of engine/vectors/engine-public.json.
Each case has ``id`` ("<seed>-<4-digit index>"), ``op``, the op's inputs, and either ``expected``
or ``expectedError`` (PyTorch's or NumPy's first error line; the engine must throw, with any text).

  conv             input, weight, spec {kernel, stride, dilation, groups, padding}  -> tensor
                   (padding: symmetric list, [before, after] pairs (F.pad, then conv), 'valid', 'same')
  convOutputShape  inputSpatial, spec (2-D, as above)                                -> spatial shape
  convTranspose    input, weight, spec {..., padding, outputPadding}                 -> tensor
  pool             input, spec {mode, kernel, stride, padding, ceilMode,
                   dilation (max) | countIncludePad (avg)}                           -> tensor
  broadcastShapes  shapes                                -> np.broadcast_shapes(*shapes)
  broadcastAdd     a, b                                  -> a + b (NumPy)
  smoothL1         beta, x   -> expected (F.smooth_l1_loss, reduction='none'), expectedGrad
                   (autograd; null where beta == 0 and x == 0), expectedHuber (delta = beta > 0);
                   x holds NaN and +-inf too, beta may be inf
  expandStrides    shape, target -> torch.zeros(shape).expand(*target).stride()
  poolNearest      mode, ceilMode, axis {input, kernel, stride, padding, dilation} (1-D, which
                   PyTorch refuses) -> expected {kernel, input, dilation}: the nearest value of
                   each that PyTorch accepts with the rest unchanged (kernel down, with padding
                   lowered to k // 2 if needed; input up to 64; dilation down, max pooling only),
                   or null when none in the explorer's range does
  condition        matrix {shape, data, dtype: int|float}, condition (Python text over `a`)
                   -> numpy, torch: {value} or {error: {type, message}}, the condition run with
                   `a` a NumPy array (float64/int64) and a tensor (float32/int64); `np.` and
                   `torch.` both name the session's own library. Values: {kind: array, dtype,
                   shape, data, scalar (a NumPy scalar)} | {kind: tuple, items} | {kind: bool |
                   int | float, value} | {kind: none}

Tensors are {shape, data} (row-major), without the batch axis: input [C, *spatial], conv weight
[Cout, Cin/groups, *k], transposed weight [Cin, Cout/groups, *k]. Inputs are small integers, so
sums are exact. Left out (framework quirks, not arithmetic): 1.13's 3-D avg pool check on the
unpadded input, 1-D max pool returning an empty tensor where 2-D raises, any other empty result,
and conditions on which NumPy 1.24 warns where NumPy 2 raises or prints differently
(DeprecationWarning). NaN and +-inf are written as the strings "NaN", "Infinity", "-Infinity".
The output depends only on SEED and COUNT.
"""
import json
import math
import sys
import warnings

import numpy as np
import torch
import torch.nn.functional as F

warnings.filterwarnings('ignore')  # 'same' with even kernels warns once; irrelevant here

# Rough proportions of engine-public.json.
OPS = {'conv': 28, 'convTranspose': 17, 'pool': 12, 'broadcastAdd': 8, 'condition': 14,
       'convOutputShape': 6, 'smoothL1': 5, 'broadcastShapes': 3, 'expandStrides': 3,
       'poolNearest': 4}
MAX_NUMEL = 1500  # resample cases whose input, weight or output tensor is larger


class Skip(Exception):
    """This configuration hits a left-out quirk or is too big: draw another one."""


def number_json(v, digits=10):
    """A float for JSON: NaN and +-inf as strings (JSON has no such numbers)."""
    if math.isnan(v):
        return 'NaN'
    if math.isinf(v):
        return 'Infinity' if v > 0 else '-Infinity'
    return v if digits is None else round(v, digits)


def tensor_json(t, digits=10):
    t = torch.as_tensor(t, dtype=torch.float64)
    if t.numel() > MAX_NUMEL:
        raise Skip()
    return {'shape': list(t.shape), 'data': [number_json(v, digits) for v in t.flatten().tolist()]}


def first_line(err):
    return str(err).strip().splitlines()[0]


def run(case, fn):
    """Fill case['expected'] from fn(), or case['expectedError'] if PyTorch/NumPy raises."""
    try:
        result = fn()
    except (RuntimeError, ValueError) as err:
        case['expectedError'] = first_line(err)
        return case
    if isinstance(result, torch.Tensor):
        if result.numel() == 0:
            raise Skip()  # torch returned an empty tensor instead of raising
        result = tensor_json(result)
    case['expected'] = result
    return case


class Gen:
    def __init__(self, seed):
        self.rng = np.random.default_rng(seed)

    # -- random helpers ------------------------------------------------------------------
    def int(self, lo, hi):
        return int(self.rng.integers(lo, hi + 1))

    def ints(self, n, lo, hi):
        return [self.int(lo, hi) for _ in range(n)]

    def pick(self, options, weights=None):
        p = None if weights is None else np.asarray(weights, float) / sum(weights)
        return options[int(self.rng.choice(len(options), p=p))]

    def chance(self, p):
        return bool(self.rng.random() < p)

    def data(self, shape, lo=-3, hi=3):
        return torch.tensor(self.rng.integers(lo, hi + 1, size=shape), dtype=torch.float64)

    def dilation(self, nd, hi=3, p=0.3):
        return self.ints(nd, 1, hi) if self.chance(p) else [1] * nd

    # -- ops -----------------------------------------------------------------------------
    def conv_padding(self, nd):
        kind = self.pick(['sym', 'pairs', 'valid', 'same'], [55, 15, 15, 15])
        if kind == 'sym':
            return self.ints(nd, 0, 4)
        if kind == 'pairs':
            return [self.ints(2, 0, 3) for _ in range(nd)]
        return kind  # 'same' with a stride > 1 stays in, as an error case

    def conv(self):
        nd = self.pick([1, 2, 3], [20, 70, 10])
        groups = self.pick([1, 2, 3], [55, 25, 20])
        cin, cout = groups * self.int(1, 2), groups * self.int(1, 2)
        kernel = self.ints(nd, 1, 5)
        stride = self.ints(nd, 1, 4)
        if self.chance(0.15):  # more unit-stride cases
            stride = [1] * nd
        spec = {'kernel': kernel, 'stride': stride, 'dilation': self.dilation(nd),
                'groups': groups, 'padding': None}
        spec['padding'] = pad = self.conv_padding(nd)
        if pad == 'same' and self.chance(0.75):  # else stride > 1 (mostly): an error case
            spec['stride'] = [1] * nd
        x = self.data([cin] + self.ints(nd, 1, 12 if nd < 3 else 6))
        w = self.data([cout, cin // groups] + kernel)
        if self.chance(0.1):  # an infinite or NaN tap: PyTorch multiplies padding zeros (NaN)
            w.view(-1)[self.int(0, w.numel() - 1)] = self.pick([math.inf, -math.inf, math.nan])
        case = {'op': 'conv', 'input': tensor_json(x), 'weight': tensor_json(w), 'spec': spec}
        return run(case, lambda: conv_torch(x, w, spec))

    def conv_output_shape(self):
        kernel, stride = self.ints(2, 1, 5), self.ints(2, 1, 4)
        spec = {'kernel': kernel, 'stride': stride, 'dilation': self.dilation(2),
                'groups': 1, 'padding': None}
        spec['padding'] = pad = self.conv_padding(2)
        if pad == 'same':
            spec['stride'] = [1, 1]
        spatial = self.ints(2, 1, 40)
        x = torch.zeros([1] + spatial, dtype=torch.float64)
        w = torch.zeros([1, 1] + kernel, dtype=torch.float64)
        case = {'op': 'convOutputShape', 'inputSpatial': spatial, 'spec': spec}
        return run(case, lambda: list(conv_torch(x, w, spec).shape[1:]))

    def conv_transpose(self):
        nd = self.pick([1, 2, 3], [20, 60, 20])
        groups = self.pick([1, 2], [70, 30])
        cin, cout = groups * self.int(1, 2), groups * self.int(1, 2)
        kernel, stride, dilation = self.ints(nd, 1, 5), self.ints(nd, 1, 4), self.dilation(nd)
        padding = [self.int(0, d * (k - 1) // 2 + 2) for k, d in zip(kernel, dilation)]
        # output padding < max(stride, dilation), except now and then (an error case)
        limit = [max(s, d) - (0 if self.chance(0.07) else 1) for s, d in zip(stride, dilation)]
        spec = {'kernel': kernel, 'stride': stride, 'padding': padding, 'dilation': dilation,
                'groups': groups, 'outputPadding': [self.int(0, m) for m in limit]}
        x = self.data([cin] + self.ints(nd, 1, 8 if nd < 3 else 5))
        w = self.data([cin, cout // groups] + kernel)
        fn = [F.conv_transpose1d, F.conv_transpose2d, F.conv_transpose3d][nd - 1]
        case = {'op': 'convTranspose', 'input': tensor_json(x), 'weight': tensor_json(w),
                'spec': spec}
        return run(case, lambda: fn(x, w, None, stride, padding, spec['outputPadding'],
                                    groups, dilation))

    def pool(self):
        mode = self.pick(['max', 'avg'])
        nd = self.pick([1, 2, 3], [30, 64, 6])
        kernel, stride = self.ints(nd, 1, 4), self.ints(nd, 1, 3)
        # PyTorch 1.13 needs padding <= k // 2 (undilated k); break it now and then.
        padding = [self.int(k // 2 + 1, k) if self.chance(0.06) else self.int(0, k // 2)
                   for k in kernel]
        spec = {'mode': mode, 'kernel': kernel, 'stride': stride, 'padding': padding,
                'ceilMode': self.chance(0.5)}
        spatial = self.ints(nd, 1, 10 if nd < 3 else 6)
        if mode == 'avg' and nd == 3 and any(i < k for i, k in zip(spatial, kernel)):
            raise Skip()  # 1.13's avg_pool3d checks the kernel against the unpadded input
        x = torch.tensor(np.round(self.rng.normal(0, 4, [self.int(1, 2)] + spatial)))
        if self.chance(0.08):
            x.view(-1)[self.int(0, x.numel() - 1)] = self.pick([math.inf, -math.inf, math.nan])
        if mode == 'max':
            spec['dilation'] = dilation = self.dilation(nd, hi=2, p=0.4)
            fn = [F.max_pool1d, F.max_pool2d, F.max_pool3d][nd - 1]
            call = lambda: fn(x, kernel, stride, padding, dilation, spec['ceilMode'])
        else:
            spec['countIncludePad'] = self.chance(0.5)
            fn = [F.avg_pool1d, F.avg_pool2d, F.avg_pool3d][nd - 1]
            call = lambda: fn(x, kernel, stride, padding, spec['ceilMode'],
                              spec['countIncludePad'])
        return run({'op': 'pool', 'input': tensor_json(x), 'spec': spec}, call)

    def broadcast_pair(self, n):
        """n shapes that broadcast together: suffixes of a base shape, some sizes set to 1."""
        base = [0 if self.chance(0.08) else s for s in self.ints(self.int(0, 3), 1, 5)]
        shapes = []
        for _ in range(n):
            shape = base[len(base) - self.int(0, len(base)):]
            shapes.append([1 if self.chance(0.35) else s for s in shape])
        return shapes

    def broadcast_shapes(self):
        shapes = self.broadcast_pair(self.pick([2, 3]))
        if self.chance(0.1):  # a zero-size axis broadcasts like any other size
            shapes[0] = shapes[0] + [0]
            shapes[1] = shapes[1] + [self.pick([0, 1])]
        if self.chance(0.35):  # force a mismatch on the last axis of two operands
            i, j = sorted(self.rng.choice(len(shapes), 2, replace=False).tolist())
            a = self.int(2, 6)
            shapes[i] = shapes[i][:-1] + [a] if shapes[i] else [a]
            shapes[j] = shapes[j][:-1] + [a + self.int(1, 3)] if shapes[j] else [a + 1]
        case = {'op': 'broadcastShapes', 'shapes': shapes}
        return run(case, lambda: list(np.broadcast_shapes(*map(tuple, shapes))))

    def broadcast_add(self):
        sa, sb = self.broadcast_pair(2)
        a, b = self.rng.integers(-3, 4, sa), self.rng.integers(-3, 4, sb)
        case = {'op': 'broadcastAdd', 'a': tensor_json(a), 'b': tensor_json(b)}
        return run(case, lambda: tensor_json(a + b))

    def smooth_l1(self):
        beta = self.pick([0.0, 1 / 9, 0.5, 1.0, 2.0, float(self.rng.uniform(0.1, 3)), math.inf])
        x = [float(v) for v in self.rng.uniform(-3.5, 3.5, 6)] + [0.0, beta, -beta]
        if self.chance(0.5):  # PyTorch propagates NaN and +-inf
            x += [math.nan, math.inf, -math.inf]
        t = torch.tensor(x, dtype=torch.float64, requires_grad=True)
        loss = F.smooth_l1_loss(t, torch.zeros_like(t), reduction='none', beta=beta)
        loss.sum().backward()
        grad = [None if beta == 0 and v == 0 else g for v, g in zip(x, t.grad.tolist())]
        nums = lambda values: [None if v is None else number_json(v, 15) for v in values]
        case = {'op': 'smoothL1', 'beta': number_json(beta), 'x': nums(x),
                'expected': nums(loss.tolist()), 'expectedGrad': nums(grad)}
        if beta > 0:
            huber = F.huber_loss(t.detach(), torch.zeros_like(t), reduction='none', delta=beta)
            case['expectedHuber'] = nums(huber.tolist())
        return case

    def expand_strides(self):
        shape = [self.pick([0, 1, 1, 2, 3]) for _ in range(self.int(0, 4))]
        target = [self.int(1, 4) if s == 1 and self.chance(0.5) else s for s in shape]
        target = [self.pick([1, 2, 3, 0]) for _ in range(self.int(0, 2))] + target
        if not target:
            target = [1]
        case = {'op': 'expandStrides', 'shape': shape, 'target': target}
        return run(case, lambda: list(torch.zeros(shape).expand(*target).stride()))

    def pool_nearest(self):
        mode, ceil = self.pick(['max', 'avg']), self.chance(0.6)
        kernel, stride = self.int(2, 15), self.int(1, 6)
        axis = {'input': self.int(1, 10), 'kernel': kernel, 'stride': stride,
                'padding': self.int(0, kernel // 2),
                'dilation': self.int(1, 4) if mode == 'max' else 1}
        if pool_accepts(mode, ceil, axis):
            raise Skip()  # only refused configurations have fixes
        def nearest(param, values):
            for v in values:
                changed = dict(axis, **{param: v})
                if param == 'kernel':
                    changed['padding'] = min(axis['padding'], v // 2)
                if pool_accepts(mode, ceil, changed):
                    return v
            return None
        expected = {
            'kernel': nearest('kernel', range(axis['kernel'] - 1, 0, -1)),
            'input': nearest('input', range(axis['input'] + 1, 65)),
            'dilation': nearest('dilation', range(axis['dilation'] - 1, 0, -1)),
        }
        return {'op': 'poolNearest', 'mode': mode, 'ceilMode': ceil, 'axis': axis,
                'expected': expected}

    def condition(self):
        rows, cols = self.int(1, 4), self.int(1, 4)
        floats = self.chance(0.6)
        if floats:
            data = [round(float(v), 1) for v in self.rng.uniform(-3, 3, rows * cols)]
            if self.chance(0.3):
                data[self.int(0, len(data) - 1)] = 0.3
        else:
            data = [int(v) for v in self.rng.integers(-4, 5, rows * cols)]
        matrix = {'shape': [rows, cols], 'data': data, 'dtype': 'float' if floats else 'int'}
        text = self.condition_text()
        case = {'op': 'condition', 'matrix': matrix, 'condition': text}
        a = np.array(data, dtype=np.float64 if floats else np.int64).reshape(rows, cols)
        t = torch.tensor(a.tolist())
        case['numpy'] = python_outcome(text.replace('torch.', 'np.'), a)
        case['torch'] = python_outcome(text.replace('np.', 'torch.'), t)
        return case

    def condition_text(self):
        """A random condition from pieces people write, right and wrong."""
        num = lambda: self.pick(['0', '1', '2', '0.5', '0.3', '0.30000001', '-1', '1.5', 'True',
                                 '4294967296', '0.0'])
        cmp = lambda: self.pick(['>', '<', '>=', '<=', '==', '!='])
        arith = lambda: self.pick(['+', '-', '*', '/', '//', '%'])
        def operand(depth):
            kind = self.pick(['a', 'num', 'arith', 'call', 'unary'], [5, 2, 2, 1, 1])
            if depth > 1 or kind == 'a':
                return 'a'
            if kind == 'num':
                return num()
            if kind == 'arith':
                return f'a {arith()} {num()}'
            if kind == 'call':
                return self.pick(['np.abs(a)', 'abs(a)', 'torch.abs(a)', 'np.isnan(a)'])
            return self.pick(['-a', '~a', '+a'])
        def mask(depth):
            kind = self.pick(['cmp', 'fn', 'not', 'paren'], [6, 1, 1, 1])
            if depth > 2 or kind == 'cmp':
                return f'({operand(depth + 1)} {cmp()} {num()})'
            if kind == 'fn':
                return self.pick(['np.logical_and', 'np.logical_or', 'np.logical_xor']) + \
                    f'({mask(depth + 1)}, {mask(depth + 1)})'
            if kind == 'not':
                return self.pick(['~', 'np.logical_not', 'not ', '-', '+']) + f'({mask(depth + 1)})'
            return f'({mask(depth + 1)} {self.pick(["&", "|", "^", "+", "*", "-", "and", "or"])} {mask(depth + 1)})'
        form = self.pick(['mask', 'unbracketed', 'chain', 'reduce', 'index', 'none', 'trap',
                          'scalar'], [8, 2, 1, 2, 2, 1, 1, 1])
        if form == 'unbracketed':
            return f'a {cmp()} {num()} {self.pick(["&", "|", "^"])} a {cmp()} {num()}'
        if form == 'chain':
            return f'{num()} {cmp()} a {cmp()} {num()}'
        if form == 'reduce':
            return f'{mask(1)}.{self.pick(["any", "all"])}()'
        if form == 'index':
            return self.pick(['np.argwhere', 'np.nonzero', 'np.where']) + f'({mask(1)})' \
                if self.chance(0.7) else f'{mask(1)}.nonzero()'
        if form == 'none':
            return f'a {self.pick(["==", "!=", ">"])} None'
        if form == 'trap':
            return f'((a > {num()}) + (a < {num()}) == 2)' + self.pick(['', '.nonzero()'])
        if form == 'scalar':
            return f'{num()} {self.pick(["&", "|", "+", "//", "%", "/", ">"])} {num()}'
        text = mask(0)
        inner = text[1:-1]
        balanced = all(inner[:k].count('(') >= inner[:k].count(')') for k in range(len(inner) + 1))
        bracketed = text.startswith('(') and text.endswith(')') and balanced
        return inner if bracketed and self.chance(0.3) else text


def pool_accepts(mode, ceil, a):
    """Whether PyTorch 1.13 runs a 1-D pool with these arguments (on a 1 x input tensor)."""
    x = torch.zeros(1, 1, a['input'], dtype=torch.float64)
    try:
        if mode == 'max':
            out = F.max_pool1d(x, a['kernel'], a['stride'], a['padding'], a['dilation'], ceil)
        else:
            out = F.avg_pool1d(x, a['kernel'], a['stride'], a['padding'], ceil)
    except RuntimeError:
        return False
    return out.numel() > 0  # 1-D max pool returns an empty tensor where 2-D raises


def value_json(v):
    """A Python, NumPy or PyTorch value as the condition vectors record it."""
    if isinstance(v, tuple):
        return {'kind': 'tuple', 'items': [value_json(item) for item in v]}
    if isinstance(v, (np.ndarray, np.generic, torch.Tensor)):
        dtype = str(v.dtype).replace('torch.', '')
        data = np.asarray(v).flatten().tolist()
        data = [number_json(float(x), None) if isinstance(x, float) else int(x) for x in data]
        return {'kind': 'array', 'dtype': dtype, 'shape': list(v.shape), 'data': data,
                'scalar': isinstance(v, np.generic)}
    if v is None:
        return {'kind': 'none'}
    if isinstance(v, bool):
        return {'kind': 'bool', 'value': v}
    if isinstance(v, int):
        return {'kind': 'int', 'value': str(v)}
    return {'kind': 'float', 'value': number_json(v, None)}


def python_outcome(text, a):
    """Evaluates a condition with `a` bound; a DeprecationWarning (NumPy 1.24 only) skips it."""
    names = {'a': a, 'np': np, 'torch': torch}
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', RuntimeWarning)  # NumPy's divide-by-zero: a value
        warnings.simplefilter('error', DeprecationWarning)
        try:
            return {'value': value_json(eval(text, names))}  # the generator's own text only
        except DeprecationWarning:
            raise Skip()
        except Exception as err:  # the exception is the expected result
            return {'error': {'type': type(err).__name__, 'message': first_line(err)}}


def conv_torch(x, w, spec):
    """F.convNd with the spec; [before, after] pairs go through F.pad first."""
    nd, pad = len(spec['kernel']), spec['padding']
    if isinstance(pad, list) and isinstance(pad[0], list):
        x = F.pad(x, [p for pair in reversed(pad) for p in pair])  # last axis first
        pad = 0
    fn = [F.conv1d, F.conv2d, F.conv3d][nd - 1]
    return fn(x, w, None, spec['stride'], pad, spec['dilation'], spec['groups'])


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    seed, count, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    gen = Gen(seed)
    makers = {'conv': gen.conv, 'convOutputShape': gen.conv_output_shape,
              'convTranspose': gen.conv_transpose, 'pool': gen.pool,
              'broadcastShapes': gen.broadcast_shapes, 'broadcastAdd': gen.broadcast_add,
              'smoothL1': gen.smooth_l1, 'expandStrides': gen.expand_strides,
              'condition': gen.condition, 'poolNearest': gen.pool_nearest}
    # A shuffled schedule with OPS's proportions; each slot draws until a case is kept.
    schedule = [op for op, share in OPS.items() for _ in range(round(count * share / 100))]
    schedule = (schedule + ['conv'] * count)[:count]
    gen.rng.shuffle(schedule)
    cases = []
    for index, op in enumerate(schedule):
        while True:
            try:
                case = makers[op]()
                break
            except Skip:
                pass
        case['id'] = f'{seed}-{index:04d}'
        cases.append(case)
    meta = {
        'generator': f'torch {torch.__version__}, numpy {np.__version__}',
        'seed': seed,
        'count': count,
        'conventions': [
            f'usage: /usr/bin/python3 scripts/vectors/gen.py SEED COUNT OUT.json  '
            f'(this file: {seed} {count})',
            "Ops follow PyTorch's conventions without a batch axis: input [C, *spatial],",
            'conv weight [Cout, Cin/groups, *k], transposed weight [Cin, Cout/groups, *k].',
            'Computed in float64 from small integer inputs; expectedError is the first line of '
            "PyTorch's (NumPy's for broadcastShapes) error, for information.",
            "Left out: 1.13's 3-D avg pool check on the unpadded input, 1-D max pool returning "
            'an empty tensor where 2-D raises, any other empty result, -inf results (JSON).',
        ],
    }
    text = json.dumps({'meta': meta, 'cases': cases}, separators=(',', ':'), allow_nan=False)
    with open(out, 'w') as f:
        f.write(text + '\n')


if __name__ == '__main__':
    main()
