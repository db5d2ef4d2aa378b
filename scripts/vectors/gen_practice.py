"""Answers of the practice questions computed by PyTorch 1.13, from the code in each prompt.

Usage (Debian's interpreter, which has torch 1.13):

    npx tsx scripts/vectors/practice-cases.ts 12 > /tmp/practice-cases.json
    /usr/bin/python3 scripts/vectors/gen_practice.py /tmp/practice-cases.json \
        engine/vectors/practice/practice-torch.json

Each prompt quotes PyTorch code between backticks. This script runs that code on a tensor of
the quoted shape and writes {key: expected}: the output's spatial size (convolution, pooling,
transposed convolution), the zeros before and after of `padding='same'` (the module's own
padding, checked by running it), the interior overlap counts of a transposed convolution's
stamps (ones through `conv_transpose1d`), or a number (a loss or gradient by autograd, in
float64; σ and β conversions from their definitions).
"""
import json
import math
import re
import sys
import warnings

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

warnings.filterwarnings('ignore')  # 'same' with an even kernel warns; irrelevant here
torch.set_default_dtype(torch.float64)

CODE = re.compile(r'`([^`]+)`')
NUMBER = r'(-?[\d.]+(?:/\d+)?)'


def number(text):
    if '/' in text:
        a, b = text.split('/')
        return float(a) / float(b)
    return float(text)


def run_shape(segments):
    """The output's spatial size of `module` on a zero tensor of the quoted shape."""
    shape = next(s for s in segments if s.startswith('('))
    x = torch.zeros(eval(shape))
    for seg in segments:
        if seg.startswith('x = '):
            x = eval(seg[4:])
    module = eval(next(s for s in segments if s.startswith('nn.')))
    return list(module(x).shape[2:])


def same_split(prompt, segments):
    module = eval(segments[0])
    length = int(re.search(r'input of length (\d+)', prompt).group(1))
    left, right = module._reversed_padding_repeated_twice
    assert module(torch.zeros(1, 1, length)).shape[-1] == length
    return [left, right]


def uneven(kernel, stride, dilation=1):
    """Stamps of ones on a long input: do the covered counts vary away from the borders?"""
    k_hat = dilation * (kernel - 1) + 1
    n = k_hat + 6
    counts = F.conv_transpose1d(torch.ones(1, 1, n), torch.ones(1, 1, kernel), stride=stride,
                                dilation=dilation)[0, 0]
    interior = counts[k_hat - 1:(n - 1) * stride + 1]
    return len(set(interior.tolist())) > 1


def settings(text):
    return {k: int(v) for k, v in re.findall(r'(\w+)=(\d+)', text)}


def checkerboard(case):
    if case['level'] == 1:
        s = settings(CODE.findall(case['prompt'])[0])
        return [0 if uneven(s['kernel_size'], s['stride']) else 1]
    out = []
    for n, option in enumerate(case['options']):
        s = settings(option)
        if uneven(s['kernel_size'], s['stride'], s.get('dilation', 1)):
            out.append(n)
    return out


def autograd(loss, x):
    t = torch.tensor(x, requires_grad=True)
    value = loss(t)
    value.backward()
    return value.item(), t.grad.item()


def smooth_l1(case):
    prompt = case['prompt']
    m = re.search(r'SmoothL1Loss\(beta=' + NUMBER + r'\)`: which σ', prompt)
    if m:
        return 1 / math.sqrt(number(m.group(1)))
    m = re.search(r'σ = ' + NUMBER + r'\. Which `beta`', prompt) or re.search(
        r'σ = ' + NUMBER + r': at which \|x\|', prompt)
    if m:
        return 1 / number(m.group(1)) ** 2
    x = number(re.search(r'x = ' + NUMBER, prompt).group(1))
    grad = 'gradient' in prompt
    m = re.search(r'HuberLoss\(delta=' + NUMBER + r'\)', prompt)
    if m:
        delta = number(m.group(1))
        value, g = autograd(lambda t: F.huber_loss(t, torch.tensor(0.0), delta=delta), x)
        return g if grad else value
    m = re.search(r'SmoothL1Loss\(beta=' + NUMBER + r'\)', prompt)
    if m:
        beta = number(m.group(1))
        value, g = autograd(lambda t: F.smooth_l1_loss(t, torch.tensor(0.0), beta=beta), x)
        return g if grad else value
    m = re.search(r'σ = ' + NUMBER + r' at x', prompt)
    sigma = number(m.group(1))
    # caffe: 0.5 (σx)² inside |x| < 1/σ², |x| − 0.5/σ² outside
    value, g = autograd(lambda t: torch.where(t.abs() < 1 / sigma ** 2, 0.5 * (sigma * t) ** 2,
                                              t.abs() - 0.5 / sigma ** 2), x)
    return g if grad else value


def undo(case):
    segments = CODE.findall(case['prompt'])
    if case['level'] == 3:
        module = eval(segments[0])
        n = int(re.search(r'maps a (\d+) ×', case['prompt']).group(1))
        target = module(torch.zeros(1, 8, n, n)).shape[2:]
        return [k for k, option in enumerate(case['options'])
                if module(torch.zeros(1, 8, int(option.split(' ')[0]), int(option.split(' ')[0]))).shape[2:] == target]
    forward = eval(segments[0])
    x = torch.zeros(eval(segments[1]))
    y = forward(x)
    assert list(y.shape) == list(eval(segments[2]))
    s = settings(next(seg for seg in segments if seg.startswith('nn.ConvTranspose2d')))
    found = []
    for ah in range(s['stride']):
        for aw in range(s['stride']):
            t = nn.ConvTranspose2d(8, 8, kernel_size=s['kernel_size'], stride=s['stride'],
                                   padding=s.get('padding', 0), output_padding=(ah, aw))
            if t(y).shape[2:] == x.shape[2:]:
                found.append([ah, aw])
    assert len(found) == 1, found
    return found[0]


def influence(model, size, cell=None):
    """Input cells with a nonzero gradient of one output cell: ones for weights, average for max."""
    for n, m in enumerate(model):
        if isinstance(m, nn.MaxPool2d):
            model[n] = nn.AvgPool2d(m.kernel_size, m.stride, m.padding, ceil_mode=m.ceil_mode)
        elif isinstance(m, nn.Conv2d):
            nn.init.ones_(m.weight)
            nn.init.zeros_(m.bias)
    x = torch.zeros(1, 8, size, size, requires_grad=True)
    y = model(x)
    r, c = cell if cell else (y.shape[2] // 2, y.shape[3] // 2)
    y[0, 0, r, c].backward()
    return x.grad[0, 0] != 0


def receptive(case):
    segments = CODE.findall(case['prompt'])
    model = eval(segments[0])
    if case['level'] == 3:
        n = int(re.search(r'takes an (\d+) ×', case['prompt']).group(1))
        cell = [int(v) for v in re.search(r'output cell \((\d+), (\d+)\)', case['prompt']).groups()]
        return sorted(torch.nonzero(influence(model, n, cell).flatten()).flatten().tolist())
    rows = torch.nonzero(influence(model, 96).any(dim=1)).flatten().tolist()
    r = rows[-1] - rows[0] + 1
    return [r, r]


def py_tuple(shape):
    return str(tuple(shape))


def broadcast(case):
    prompt = case['prompt']
    if case['level'] == 1:
        a, b = [eval(t) for t in re.findall(r'shape == (\([^)]*\))', prompt)]
        return list(np.broadcast_shapes(a, b))
    if case['level'] == 2:
        a, b = [eval(t) for t in re.findall(r'np\.zeros\((\([^)]*\))\)', prompt)]
        try:
            outcome = 'a result of shape ' + py_tuple((np.zeros(a) + np.zeros(b)).shape)
        except ValueError as e:
            outcome = f'ValueError: {e}'
    else:
        shapes = [eval(t) for t in re.findall(r'`(\([^`]*\))`', prompt)]
        try:
            torch.broadcast_tensors(*[torch.zeros(s) for s in shapes])
            raise AssertionError('no error')
        except RuntimeError as e:
            outcome = f'RuntimeError: {e}'
    return [case['options'].index(outcome)]


def numpy_outcome(a, cond):
    try:
        return repr(eval(f'a[{cond}]'))
    except Exception as e:  # the question asks for the exact error
        return f'{type(e).__name__}: {e}'


def mask(case):
    prompt = case['prompt']
    a = eval(re.search(r'a = (np\.array\(.*?\))`', prompt).group(1))
    options = [o.strip('`') for o in case['options']]
    if case['level'] == 1:
        m = re.search(r'between (-?\d+) and (-?\d+)', prompt)
        if m:
            lo, hi = int(m.group(1)), int(m.group(2))
            wanted = repr(a[np.logical_and(a > lo, a < hi)])
        else:
            lo, hi = [int(v) for v in re.search(r'below (-?\d+) or above (-?\d+)', prompt).groups()]
            wanted = repr(a[np.logical_or(a < lo, a > hi)])
        return [k for k, cond in enumerate(options) if numpy_outcome(a, cond) == wanted]
    asked = re.search(r'give for `a\[(.*)\]`\?', prompt).group(1)
    return [options.index(numpy_outcome(a, asked))]


def expected(case):
    segments = CODE.findall(case['prompt'])
    topic = case['topic']
    if topic == 'conv-size' and "padding='same'" in case['prompt'] and 'Conv1d' in segments[0]:
        return same_split(case['prompt'], segments)
    if topic in ('conv-size', 'pool-size', 'transposed-size'):
        return run_shape(segments)
    if topic == 'checkerboard':
        return checkerboard(case)
    if topic == 'smooth-l1':
        return smooth_l1(case)
    if topic == 'undo':
        return undo(case)
    if topic == 'receptive-field':
        return receptive(case)
    if topic == 'broadcast':
        return broadcast(case)
    if topic == 'mask':
        return mask(case)
    raise ValueError(f'no oracle for {topic}')


def main():
    cases = json.load(open(sys.argv[1]))
    out = {case['key']: expected(case) for case in cases if case['topic'] != 'relationship'}
    with open(sys.argv[2], 'w') as f:
        json.dump({'torch': torch.__version__, 'answers': out}, f, separators=(',', ':'))
        f.write('\n')


if __name__ == '__main__':
    main()
