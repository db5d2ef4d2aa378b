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
    raise ValueError(f'no oracle for {topic}')


def main():
    cases = json.load(open(sys.argv[1]))
    out = {case['key']: expected(case) for case in cases}
    with open(sys.argv[2], 'w') as f:
        json.dump({'torch': torch.__version__, 'answers': out}, f, separators=(',', ':'))
        f.write('\n')


if __name__ == '__main__':
    main()
