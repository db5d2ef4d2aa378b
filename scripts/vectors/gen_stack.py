"""Layer-stack reference vectors from PyTorch, in the format of engine/vectors/stack/*.json.

Usage (Debian's interpreter, which has torch 1.13):

    /usr/bin/python3 scripts/vectors/gen_stack.py SEED COUNT OUT.json
    /usr/bin/python3 scripts/vectors/gen_stack.py --check FILE.json

The second form recomputes every case of an existing file with torch and prints the ids whose
expected values differ (stack-public.json, made by another generator, checks clean).

Writes ``{"seed", "torch", "cases"}``. Each case is a random stack of 1-6 2-D layers in the
engine's ``Layer`` format (``{"op": "conv" | "convTranspose" | "pool", "spec": {...}}``) and
one of three kinds (ids ``stack-N`` or ``summary-N``):

  shapes   ``input``, ``shapes`` (the input, then the size after each layer), ``cell`` (a cell of
           the last output) and ``rf``: per axis, ``indices`` of the input cells that influence
           that cell and ``paths``, the number of paths from each.
  error    ``input``, ``errorLayer`` (0-based index of the layer PyTorch refuses: the first one
           refused while nn.Sequential is built, else the first refused while it runs) and
           ``torchMessage`` (its first line).
  summary  conv and pool stacks only: Distill's ``summary`` {size, jump, padding}, read off a
           600-wide input where the middle cell is not clipped.

Shapes and errors come from running real nn modules on a (1, 1, H, W) tensor. The paths come
from torch's own ops on unit impulses, one axis at a time (each op is separable): the op with an
all-ones kernel (conv, transposed conv) or a pooling of one-hot inputs (max: 1 where the cell is
in the window; avg: > 0 there) applied to the identity gives, for every output cell, how many
links reach it from each input cell; chaining those matrices backwards from the chosen cell
counts the paths. Refusals follow nn.Sequential: a layer refused when it is built (padding='same'
with a stride) is reported before any refused in the forward pass. Zero-size outputs that torch
returns without an error are left out. The output depends only on SEED and COUNT.
"""
import json
import sys
import warnings

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

warnings.filterwarnings('ignore')  # 'same' with even kernels warns once; irrelevant here

SUMMARY_WIDTH = 600


class Skip(Exception):
    """This stack hits a left-out case: draw another one."""


class Gen:
    def __init__(self, seed):
        self.rng = np.random.default_rng(seed)

    def int(self, lo, hi):
        return int(self.rng.integers(lo, hi + 1))

    def chance(self, p):
        return bool(self.rng.random() < p)

    def pick(self, options, weights=None):
        p = None if weights is None else np.asarray(weights, float) / sum(weights)
        return options[int(self.rng.choice(len(options), p=p))]

    def pair(self, lo, hi, square=0.85):
        """Two values, equal most of the time (networks are mostly square)."""
        a = self.int(lo, hi)
        return [a, a] if self.chance(square) else [a, self.int(lo, hi)]

    def conv(self, square):
        sq = 1 if square else 0.85
        kernel, stride, dilation = self.pair(1, 7, sq), self.pair(1, 3, sq), [1, 1]
        if self.chance(0.3):
            dilation = self.pair(1, 3, sq)
        kind = self.pick(['sym', 'pairs', 'same'], [75, 12, 13])
        if kind == 'same' and (stride == [1, 1] or self.chance(0.15)):
            padding = 'same'  # with a stride: refused when nn.Sequential is built
        elif kind == 'pairs' and not square:
            padding = [[self.int(0, 3), self.int(0, 3)] for _ in range(2)]
        else:
            padding = self.pair(0, 3, sq)
        return {'op': 'conv', 'spec': {'kernel': kernel, 'stride': stride,
                                       'dilation': dilation, 'padding': padding}}

    def conv_transpose(self):
        kernel, stride = self.pair(1, 5), self.pair(1, 3)
        dilation = self.pair(1, 2) if self.chance(0.25) else [1, 1]
        padding = self.pair(0, 2)
        # output padding < max(stride, dilation), except now and then (an error case)
        limit = [max(s, d) - (0 if self.chance(0.08) else 1) for s, d in zip(stride, dilation)]
        output_padding = [self.int(0, m) for m in limit]
        return {'op': 'convTranspose',
                'spec': {'kernel': kernel, 'stride': stride, 'dilation': dilation,
                         'padding': padding, 'outputPadding': output_padding}}

    def pool(self, square):
        sq = 1 if square else 0.85
        mode = self.pick(['max', 'avg'])
        kernel, stride = self.pair(1, 4, sq), self.pair(1, 3, sq)
        # PyTorch 1.13 needs padding <= k // 2 (undilated k); break it now and then.
        if self.chance(0.05):
            padding = [k // 2 + 1 for k in kernel]
        else:
            half = min(kernel) // 2
            padding = self.pair(0, half, sq)
        spec = {'mode': mode, 'kernel': kernel, 'stride': stride, 'padding': padding,
                'ceilMode': self.chance(0.4)}
        if mode == 'max' and self.chance(0.3):
            spec['dilation'] = self.pair(1, 2, sq)
        if mode == 'avg' and self.chance(0.5):
            spec['countIncludePad'] = self.chance(0.5)
        return {'op': 'pool', 'spec': spec}

    def layers(self, direct_only=False, square=False):
        count = self.int(1, 6)
        ops = ['conv', 'pool'] if direct_only else ['conv', 'convTranspose', 'pool']
        weights = [50, 50] if direct_only else [45, 25, 30]
        out = []
        for _ in range(count):
            op = self.pick(ops, weights)
            if op == 'conv':
                out.append(self.conv(square))
            elif op == 'pool':
                out.append(self.pool(square))
            else:
                out.append(self.conv_transpose())
        return out


# -- torch modules -----------------------------------------------------------------------------

def module(layer, axes=(0, 1)):
    """The layer as an nn module. With one axis given, the other axis is made trivial (size-1
    kernel, stride 1, no padding) so that the module acts on that axis alone."""
    spec = layer['spec']

    def per_axis(values, trivial):
        return tuple(values[a] if a in axes else trivial for a in (0, 1))

    if layer['op'] == 'conv':
        kernel, stride = per_axis(spec['kernel'], 1), per_axis(spec['stride'], 1)
        dilation = per_axis(spec['dilation'], 1)
        pad = spec['padding']
        if pad == 'same':
            return nn.Conv2d(1, 1, kernel, stride, 'same', dilation, bias=False)
        if isinstance(pad[0], list):  # [before, after] per axis: F.pad, then an unpadded conv
            h, w = per_axis(pad, [0, 0])
            return nn.Sequential(nn.ZeroPad2d((w[0], w[1], h[0], h[1])),
                                 nn.Conv2d(1, 1, kernel, stride, 0, dilation, bias=False))
        return nn.Conv2d(1, 1, kernel, stride, per_axis(pad, 0), dilation, bias=False)
    if layer['op'] == 'convTranspose':
        return nn.ConvTranspose2d(1, 1, per_axis(spec['kernel'], 1), per_axis(spec['stride'], 1),
                                  per_axis(spec['padding'], 0),
                                  per_axis(spec['outputPadding'], 0), bias=False,
                                  dilation=per_axis(spec['dilation'], 1))
    kernel, stride = per_axis(spec['kernel'], 1), per_axis(spec['stride'], 1)
    padding = per_axis(spec['padding'], 0)
    if spec['mode'] == 'max':
        return nn.MaxPool2d(kernel, stride, padding, per_axis(spec.get('dilation', [1, 1]), 1),
                            ceil_mode=spec['ceilMode'])
    return nn.AvgPool2d(kernel, stride, padding, ceil_mode=spec['ceilMode'],
                        count_include_pad=spec.get('countIncludePad', True))


def ones_weights(m):
    for p in m.parameters():
        p.data.fill_(1.0)
    return m


def first_line(err):
    return str(err).strip().splitlines()[0]


def run_stack(size, layers):
    """Shapes after each layer, or (index, message) of the layer torch refuses: building the
    nn.Sequential first (every layer is constructed before any runs), then running it."""
    modules = []
    for index, layer in enumerate(layers):
        try:
            modules.append(module(layer).double())
        except (RuntimeError, ValueError) as err:
            return [list(size)], (index, first_line(err))
    x = torch.zeros(1, 1, *size, dtype=torch.float64)
    shapes = [list(size)]
    for index, m in enumerate(modules):
        try:
            x = m(x)
        except (RuntimeError, ValueError) as err:
            return shapes, (index, first_line(err))
        if x.numel() == 0:
            raise Skip()
        shapes.append(list(x.shape[2:]))
    return shapes, None


def link_matrix(layer, axis, n):
    """links[o, c]: links from input cell c to output cell o of the layer, on one axis."""
    m = ones_weights(module(layer, axes=(axis,)).double())
    eye = torch.eye(n, dtype=torch.float64)
    shape = (n, 1, n, 1) if axis == 0 else (n, 1, 1, n)
    with torch.no_grad():
        out = m(eye.reshape(shape)).reshape(n, -1)  # [input cell, output cell]
    if layer['op'] == 'pool':
        out = (out > 0).double()  # one-hot through a pooling: nonzero where the cell is a member
    return out.T


def paths(layers, shapes, cell, axis):
    """Per-cell path counts from the input to `cell` of the last output, on one axis."""
    v = torch.zeros(shapes[-1][axis], dtype=torch.float64)
    v[cell] = 1
    for index in reversed(range(len(layers))):
        v = link_matrix(layers[index], axis, shapes[index][axis]).T @ v
    return v


def rf_json(v):
    indices = [int(i) for i in torch.nonzero(v).flatten().tolist()]
    return {'indices': indices, 'paths': [int(round(float(v[i]))) for i in indices]}


def summary(layers):
    """Distill's r, S, P on one axis, read off the middle cells of a 600-wide input."""
    width = SUMMARY_WIDTH
    shapes, refused = run_stack([width, 1], [height_only(layer) for layer in layers])
    out = shapes[-1][0]
    if refused or out < 2:
        raise Skip()
    # With no clipping, every layer offers all k of its taps (window members) on the way back.
    unclipped = int(np.prod([layer['spec']['kernel'][0] for layer in layers]))
    spans = []
    for o in (out // 2, out // 2 + 1):
        v = paths(layers, [[s[0], s[0]] for s in shapes], o, 0)
        if int(round(float(v.sum()))) != unclipped:
            raise Skip()  # some paths end in the padding: the field does not fit
        nz = torch.nonzero(v).flatten().tolist()
        spans.append((nz[0], nz[-1]))
    (start, end), (next_start, _) = spans
    jump = next_start - start
    return {'size': end - start + 1, 'jump': jump, 'padding': (out // 2) * jump - start}


def height_only(layer):
    """The layer acting on the height axis only (for a (width, 1) input)."""
    spec = dict(layer['spec'])
    for key in ('kernel', 'stride', 'dilation'):
        if key in spec:
            spec[key] = [spec[key][0], 1]
    padding = spec['padding']
    if isinstance(padding, list):
        spec['padding'] = [padding[0], [0, 0] if isinstance(padding[0], list) else 0]
    return {'op': layer['op'], 'spec': spec}


# -- cases -------------------------------------------------------------------------------------

def stack_case(gen):
    size = [gen.int(1, 48), gen.int(1, 48)]
    layers = gen.layers()
    shapes, refused = run_stack(size, layers)
    if refused:
        index, message = refused
        return {'input': size, 'layers': layers, 'errorLayer': index, 'torchMessage': message}
    cell = [gen.int(0, s - 1) for s in shapes[-1]]
    rf = [rf_json(paths(layers, shapes, cell[axis], axis)) for axis in (0, 1)]
    return {'input': size, 'layers': layers, 'shapes': shapes, 'cell': cell, 'rf': rf}


def summary_case(gen):
    layers = gen.layers(direct_only=True, square=True)
    return {'layers': layers, 'summary': summary(layers)}


def recompute(case):
    """The expected values of an existing case, recomputed with torch."""
    if 'summary' in case:
        return {'summary': summary(case['layers'])}
    shapes, refused = run_stack(case['input'], case['layers'])
    if refused:
        return {'errorLayer': refused[0], 'torchMessage': refused[1]}
    rf = [rf_json(paths(case['layers'], shapes, case['cell'][axis], axis)) for axis in (0, 1)]
    return {'shapes': shapes, 'rf': rf}


def check(path):
    with open(path) as f:
        cases = json.load(f)['cases']
    differ = [c['id'] for c in cases
              if any(c.get(key) != value for key, value in recompute(c).items())]
    print(f'{len(cases)} cases, {len(differ)} differ' + (': ' + ' '.join(differ) if differ else ''))
    return not differ


def main():
    if len(sys.argv) == 3 and sys.argv[1] == '--check':
        sys.exit(0 if check(sys.argv[2]) else 1)
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    seed, count, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    gen = Gen(seed)
    cases = []
    for index in range(count):
        kind = 'summary' if gen.chance(0.14) else 'stack'
        while True:
            try:
                case = summary_case(gen) if kind == 'summary' else stack_case(gen)
                break
            except Skip:
                pass
        cases.append({'id': f'{kind}-{index}', **case})
    text = json.dumps({'seed': seed, 'torch': torch.__version__, 'cases': cases},
                      separators=(', ', ': '))
    with open(out, 'w') as f:
        f.write(text + '\n')


if __name__ == '__main__':
    main()
