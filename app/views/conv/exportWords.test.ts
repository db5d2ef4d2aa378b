import { i18n, type Messages } from '@lingui/core';
import { afterEach, describe, expect, it } from 'vitest';
import zh from '../../i18n/locales/zh/common.json';
import { decode } from '../../url/codec';
import type { ViewParams } from '../../url/schema';
import { buildConvModel } from './convModel';
import { stageWords } from '../../components/export/stageWords';

const model = (query: string) =>
  buildConvModel(decode(`?view=conv&${query}`).params as ViewParams<'conv'>);

describe('stageWords', () => {
  afterEach(() => i18n.activate('en'));

  it('title the picture with the parameters and caption its grids, as on screen', () => {
    expect(stageWords(model('i=5&k=3&s=2&p=1'), { name: 'Convolution', numbers: false })).toEqual({
      title: 'Convolution: input 5, kernel 3, stride 2, padding 1, dilation 1',
      input: 'Input 5\u00a0×\u00a05, padding dashed',
      kernel: 'Kernel 3\u00a0×\u00a03',
      output: 'Output 3\u00a0×\u00a03',
    });
  });

  it('are in Chinese on a Chinese page', () => {
    i18n.load('zh', zh as unknown as Messages);
    i18n.activate('zh');
    expect(stageWords(model('i=6&k=2&s=1&p=0'), { name: '卷积', numbers: false })).toEqual({
      title: '卷积：输入 6，卷积核 2，步幅 1，填充 0，膨胀 1',
      input: '输入 6\u00a0×\u00a06',
      kernel: '卷积核 2\u00a0×\u00a02',
      output: '输出 5\u00a0×\u00a05',
    });
  });
});
