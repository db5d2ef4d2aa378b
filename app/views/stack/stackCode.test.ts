import { describe, expect, it } from 'vitest';
import { decode } from '../../url/codec';
import type { ViewParams } from '../../url/schema';
import { stackCode } from './stackCode';
import { buildStackModel } from './stackModel';

const code = (query: string) =>
  stackCode(buildStackModel(decode(`?view=stack&${query}`).params as ViewParams<'stack'>))[0].code;

describe('stackCode: the stack as nn.Sequential', () => {
  it('writes every layer with the shape after it and the final shape', () => {
    expect(code('i=32&cin=3&L=c7s2p3x64,m3s2p1')).toBe(
      [
        'import torch',
        'import torch.nn as nn',
        '',
        'model = nn.Sequential(',
        '    nn.Conv2d(3, 64, kernel_size=(7, 7), stride=(2, 2), padding=(3, 3)),  # (1, 64, 16, 16)',
        '    nn.MaxPool2d(kernel_size=3, stride=2, padding=1),  # (1, 64, 8, 8)',
        ')',
        'x = torch.randn(1, 3, 32, 32)',
        'print(model(x).shape)  # torch.Size([1, 64, 8, 8])',
      ].join('\n'),
    );
  });

  it('spells out what a pool or a convolution is given', () => {
    const text = code('i=9&L=a3s2p1ceilnopad,m3d2,c3psame,t3s2o1x8');
    expect(text).toContain(
      'nn.AvgPool2d(kernel_size=3, stride=2, padding=1, ceil_mode=True, count_include_pad=False),',
    );
    expect(text).toContain('nn.MaxPool2d(kernel_size=3, stride=3, dilation=2),');
    expect(text).toContain("nn.Conv2d(3, 3, kernel_size=(3, 3), stride=(1, 1), padding='same'),");
    expect(text).toContain(
      'nn.ConvTranspose2d(3, 8, kernel_size=(3, 3), stride=(2, 2), output_padding=(1, 1)),',
    );
  });

  it('says where PyTorch raises: the forward pass, or building the layers', () => {
    const run = code('i=5&L=c3,c4');
    expect(run).toContain(
      '    nn.Conv2d(3, 3, kernel_size=(4, 4), stride=(1, 1)),  # PyTorch refuses this layer',
    );
    expect(run).toMatch(/\nmodel\(x\) {2}# raises in the forward pass: layer 2: /);
    const build = code('i=8&L=c3,c3s2psame');
    expect(build).toMatch(/\n# building nn.Sequential raises: layer 2: /);
  });
});
