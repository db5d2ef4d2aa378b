"""Reference numbers for the stack explorer's preset networks, computed with PyTorch.

Usage (Debian's interpreter, which has torch 1.13):

    /usr/bin/python3 scripts/vectors/gen_networks.py engine/vectors/networks/networks-torch.json

Each network is written here as the nn modules of its source (activations and normalisation
left out: they change no size and no receptive field; every convolution keeps PyTorch's default
bias). For each one the file holds the module text (``str(module)``), the parameters
(``numel`` of each module's parameters), the multiply-adds (each weight once per output cell of
a convolution, once per input cell of a transposed one), the spatial sizes from running the
stack, the influence set with path counts of the output's centre cell and the cells the input's
centre cell reaches (torch ops on unit impulses, as in gen_stack.py), Distill's summary after
every layer of the stacks without transposed layers (read off a 600-wide input), and for the
U-Net the input sizes from 1 to 512 that come back at their own size.
"""
import json
import sys

import torch
import torch.nn as nn

from gen_stack import paths, rf_json, run_stack, summary, link_matrix


def alexnet():
    """torchvision/models/alexnet.py, AlexNet.features (ReLUs left out)."""
    return [
        nn.Conv2d(3, 64, kernel_size=11, stride=4, padding=2),
        nn.MaxPool2d(kernel_size=3, stride=2),
        nn.Conv2d(64, 192, kernel_size=5, padding=2),
        nn.MaxPool2d(kernel_size=3, stride=2),
        nn.Conv2d(192, 384, kernel_size=3, padding=1),
        nn.Conv2d(384, 256, kernel_size=3, padding=1),
        nn.Conv2d(256, 256, kernel_size=3, padding=1),
        nn.MaxPool2d(kernel_size=3, stride=2),
    ]


def vgg16():
    """torchvision/models/vgg.py, cfgs['D'] through make_layers (no batch norm, ReLUs left out)."""
    layers, channels = [], 3
    for v in [64, 64, 'M', 128, 128, 'M', 256, 256, 256, 'M', 512, 512, 512, 'M',
              512, 512, 512, 'M']:
        if v == 'M':
            layers.append(nn.MaxPool2d(kernel_size=2, stride=2))
        else:
            layers.append(nn.Conv2d(channels, v, kernel_size=3, padding=1))
            channels = v
    return layers


def resnet50_path():
    """torchvision/models/resnet.py, resnet50: conv1, maxpool, then the main branch (conv1,
    conv2, conv3) of the first Bottleneck of layer1-4, where the stride sits in conv2."""
    layers = [nn.Conv2d(3, 64, kernel_size=7, stride=2, padding=3),
              nn.MaxPool2d(kernel_size=3, stride=2, padding=1)]
    inplanes = 64
    for planes, stride in [(64, 1), (128, 2), (256, 2), (512, 2)]:
        layers += [nn.Conv2d(inplanes, planes, kernel_size=1),
                   nn.Conv2d(planes, planes, kernel_size=3, stride=stride, padding=1),
                   nn.Conv2d(planes, planes * 4, kernel_size=1)]
        inplanes = planes * 4
    return layers


def unet():
    """U-Net (Ronneberger et al. 2015) with padded 3x3 convolutions, MaxPool2d(2) down and
    ConvTranspose2d(k=2, s=2) up, as common PyTorch ports build it; one convolution per level
    (not two) to stay within 24 layers, and no skip connections (a sequential stack)."""
    layers, channels = [nn.Conv2d(1, 64, 3, padding=1)], 64
    for _ in range(4):
        layers += [nn.MaxPool2d(2), nn.Conv2d(channels, channels * 2, 3, padding=1)]
        channels *= 2
    for _ in range(4):
        layers += [nn.ConvTranspose2d(channels, channels // 2, 2, stride=2),
                   nn.Conv2d(channels // 2, channels // 2, 3, padding=1)]
        channels //= 2
    return layers + [nn.Conv2d(64, 2, 1)]


def dcgan():
    """pytorch/examples dcgan/main.py, Generator with nz=100, ngf=64, nc=3 (BatchNorm, ReLU
    and Tanh left out)."""
    return [
        nn.ConvTranspose2d(100, 512, 4, 1, 0),
        nn.ConvTranspose2d(512, 256, 4, 2, 1),
        nn.ConvTranspose2d(256, 128, 4, 2, 1),
        nn.ConvTranspose2d(128, 64, 4, 2, 1),
        nn.ConvTranspose2d(64, 3, 4, 2, 1),
    ]


def deeplab():
    """DeepLab-style dilated 3x3 convolutions (Chen et al.: rates 6, 12, 18, each padded by its
    rate), stacked one after another on a ResNet's 2048-channel output."""
    return [nn.Conv2d(2048, 256, 3, padding=6, dilation=6),
            nn.Conv2d(256, 256, 3, padding=12, dilation=12),
            nn.Conv2d(256, 256, 3, padding=18, dilation=18)]


NETWORKS = [
    ('alexnet', alexnet, 224),
    ('vgg16', vgg16, 224),
    ('resnet50', resnet50_path, 224),
    ('unet', unet, 161),
    ('dcgan', dcgan, 1),
    ('deeplab', deeplab, 65),
]


def pair(v):
    return list(v) if isinstance(v, tuple) else [v, v]


def layer_json(m):
    """The module in the engine's Layer format, read off its attributes."""
    if isinstance(m, nn.Conv2d):
        padding = m.padding if isinstance(m.padding, str) else pair(m.padding)
        return {'op': 'conv', 'spec': {'kernel': pair(m.kernel_size), 'stride': pair(m.stride),
                                       'dilation': pair(m.dilation), 'padding': padding}}
    if isinstance(m, nn.ConvTranspose2d):
        return {'op': 'convTranspose',
                'spec': {'kernel': pair(m.kernel_size), 'stride': pair(m.stride),
                         'dilation': pair(m.dilation), 'padding': pair(m.padding),
                         'outputPadding': pair(m.output_padding)}}
    if isinstance(m, nn.MaxPool2d):
        return {'op': 'pool', 'spec': {'mode': 'max', 'kernel': pair(m.kernel_size),
                                       'stride': pair(m.stride), 'padding': pair(m.padding),
                                       'dilation': pair(m.dilation),
                                       'ceilMode': m.ceil_mode}}
    raise TypeError(type(m))


def macs(m, before, after):
    if isinstance(m, nn.MaxPool2d):
        return 0
    cells = before if isinstance(m, nn.ConvTranspose2d) else after
    return m.weight.numel() * cells[0] * cells[1]


def reach(layers, shapes, cell, axis):
    """Per-cell path counts from `cell` of the input to every cell of the output, on one axis."""
    v = torch.zeros(shapes[0][axis], dtype=torch.float64)
    v[cell] = 1
    for index, layer in enumerate(layers):
        v = link_matrix(layer, axis, shapes[index][axis]) @ v
    return v


def network_json(name, build, size):
    modules = build()
    layers = [layer_json(m) for m in modules]
    shapes, refused = run_stack([size, size], layers)
    assert refused is None, (name, refused)
    out_cell = [s // 2 for s in shapes[-1]]
    in_cell = [size // 2, size // 2]
    entry = {
        'id': name,
        'input': [size, size],
        'inChannels': modules[0].weight.shape[1 if isinstance(modules[0], nn.Conv2d) else 0],
        'modules': [str(m) for m in modules],
        'params': [sum(p.numel() for p in m.parameters()) for m in modules],
        'macs': [macs(m, shapes[i], shapes[i + 1]) for i, m in enumerate(modules)],
        'shapes': shapes,
        'rf': {'cell': out_cell,
               'axes': [rf_json(paths(layers, shapes, out_cell[a], a)) for a in (0, 1)]},
        'reach': {'cell': in_cell,
                  'axes': [rf_json(reach(layers, shapes, in_cell[a], a)) for a in (0, 1)]},
    }
    if all(layer['op'] != 'convTranspose' for layer in layers):
        entry['summaries'] = [summary(layers[:n]) for n in range(1, len(layers) + 1)]
    if name == 'unet':
        entry['inputsThatWork'] = [
            n for n in range(1, 513)
            if (lambda s: s[1] is None and s[0][-1] == [n, n])(run_stack([n, n], layers))
        ]
    return entry


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    torch.set_grad_enabled(False)
    networks = [network_json(name, build, size) for name, build, size in NETWORKS]
    text = json.dumps({'torch': torch.__version__, 'networks': networks}, separators=(', ', ': '))
    with open(sys.argv[1], 'w') as f:
        f.write(text + '\n')


if __name__ == '__main__':
    main()
