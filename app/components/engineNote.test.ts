import { i18n, type Messages } from '@lingui/core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { transposedRelationship } from '../../engine';
import zhCommon from '../i18n/locales/zh/common.json';
import zhTransposed from '../i18n/locales/zh/transposed.json';
import { engineNote } from './engineNote';
import { fixLabel } from './fixLabel';

const axis = { input: 8, kernel: 2, stride: 1, dilation: 3, padBefore: 0, padAfter: 0 };

beforeAll(() => {
  i18n.load('zh', zhCommon as unknown as Messages);
  i18n.load('zh', zhTransposed as unknown as Messages);
});
afterEach(() => i18n.activate('en'));

describe('engine notes of the transposed view in Chinese', () => {
  it('output padding beyond the paper, followed by negative padding: both sentences, numbers kept', () => {
    // p = 5 > k̂ − 1 = 3 and a = 1 ≥ s = 1 (allowed below the dilation 3)
    const note = transposedRelationship({
      ...axis,
      padBefore: 5,
      padAfter: 5,
      outputPadding: 1,
    }).note!;
    expect(note).toMatch(/^a = 1 ≥ s = 1: .* p = 5 > k̂ − 1 = 3: .*p′ = -2 is negative/);
    i18n.activate('zh');
    expect(engineNote(note)).toBe(
      'a = 1 ≥ s = 1：论文中没有哪个关系式涵盖这种情况（关系式 14 中的 a 是 (i + 2p − k) 除以 s 的余数，总是小于 s）。PyTorch 接受它，因为 output_padding 只需小于 max(s, d) = 3；通用公式为 o′ = s(i′ − 1) + a + d(k − 1) + 1 − 2p。' +
        'p = 5 > k̂ − 1 = 3：等价卷积的填充 p′ = -2 为负，所以完整结果要被裁剪（论文没有涉及这种情况，PyTorch 支持）。',
    );
  });

  it('a note alone ends with its own sentence, and an unknown note after it keeps the whole English', () => {
    const note = transposedRelationship({ ...axis, outputPadding: 1 }).note!;
    i18n.activate('zh');
    expect(engineNote(note)).toMatch(/通用公式为 o′ = s\(i′ − 1\) \+ a \+ d\(k − 1\) \+ 1 − 2p。$/);
    expect(engineNote(`${note} Something else.`)).toBeNull();
  });

  it('English is given back as it is', () => {
    const note = transposedRelationship({ ...axis, outputPadding: 1 }).note!;
    expect(engineNote(note)).toBe(note);
  });
});

describe('fix labels', () => {
  it('keep the identifier output_padding and translate the axis', () => {
    i18n.activate('zh');
    expect(fixLabel('output_padding → 1 (height)')).toBe('output_padding → 1（高）');
    expect(fixLabel('Padding → 1')).toBe('填充 → 1');
  });

  it('read as Chinese: axes after their numbers, Chinese commas, a phrase put into Chinese once', () => {
    i18n.activate('zh');
    expect(fixLabel('Kernel size 7 → 5 (height), 7 → 5 (width)')).toBe(
      '卷积核尺寸 7 → 5（高），7 → 5（宽）',
    );
    expect(fixLabel('Input channels 6 → 8, output channels 6 → 8')).toBe(
      '输入通道数 6 → 8，输出通道数 6 → 8',
    );
    expect(fixLabel('Stride → 1 (PyTorch allows padding=same only without a stride)')).toBe(
      '步幅 → 1（PyTorch 只在步幅为 1 时允许 same 填充）',
    );
    expect(fixLabel('Dilation → 1 (average pooling has none)')).toBe(
      '膨胀 → 1（平均池化没有膨胀）',
    );
    expect(fixLabel('Padding 2 → 1 (height); dilation → 1 (average pooling has none)')).toBe(
      '填充 2 → 1（高）；膨胀 → 1（平均池化没有膨胀）',
    );
    expect(fixLabel('Pool size → 2 (height), 2 (width)')).toBe('池化窗口 → 2（高），2（宽）');
  });
});
