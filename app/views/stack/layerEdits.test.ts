import { describe, expect, it } from 'vitest';
import { formatLayers, parseLayers, type Fix } from '../../../engine';
import {
  applyLayerFix,
  insertLayer,
  isLayerFix,
  moveLayer,
  removeLayer,
  replaceLayer,
} from './layerEdits';

const tokens = (text: string) => parseLayers(text).layers;
const text = formatLayers;

describe('editing the list of layers', () => {
  const stack = tokens('c3,m2,t2s2');
  it('moves a layer up and down, and not past either end', () => {
    expect(text(moveLayer(stack, 2, -1))).toBe('c3,t2s2,m2');
    expect(text(moveLayer(stack, 0, 1))).toBe('m2,c3,t2s2');
    expect(text(moveLayer(stack, 0, -1))).toBe('c3,m2,t2s2');
    expect(text(moveLayer(stack, 2, 1))).toBe('c3,m2,t2s2');
  });
  it('removes, inserts and replaces', () => {
    expect(text(removeLayer(stack, 1))).toBe('c3,t2s2');
    expect(text(insertLayer(stack, 1, tokens('a3')[0]))).toBe('c3,a3,m2,t2s2');
    expect(text(insertLayer(stack, 3, tokens('a3')[0]))).toBe('c3,m2,t2s2,a3');
    expect(text(replaceLayer(stack, 0, tokens('c5p2')[0]))).toBe('c5p2,m2,t2s2');
  });
});

describe('applying a fix to a layer', () => {
  const fix = (changes: Fix['changes']): Fix => ({ label: 'fix', changes });
  it.each<[string, Fix, string]>([
    ['c5', fix([{ param: 'kernel', axis: 0, value: 4 }]), 'c4x5g1'],
    [
      'c3s2psame',
      fix([
        { param: 'stride', axis: 0, value: 1 },
        { param: 'stride', axis: 1, value: 1 },
      ]),
      'c3psame',
    ],
    [
      'c3s2psame',
      fix([
        { param: 'padBefore', axis: 0, value: 1 },
        { param: 'padAfter', axis: 0, value: 1 },
        { param: 'padBefore', axis: 1, value: 1 },
        { param: 'padAfter', axis: 1, value: 1 },
      ]),
      'c3s2p1',
    ],
    ['m2p2', fix([{ param: 'padding', axis: 1, value: 1 }]), 'm2p2x1'],
    ['t3s2o3', fix([{ param: 'outputPadding', axis: 0, value: 1 }]), 't3s2o1x3g1'],
    ['c3d4', fix([{ param: 'dilation', axis: 1, value: 1 }]), 'c3d4x1g1'],
  ])('%s → %s', (layer, change, expected) => {
    expect(text([applyLayerFix(tokens(layer)[0], change)])).toBe(expected);
  });

  it('keeps only fixes of the layer itself with both ends padded alike', () => {
    expect(isLayerFix(fix([{ param: 'kernel', axis: 0, value: 3 }]))).toBe(true);
    expect(isLayerFix(fix([{ param: 'input', axis: 0, value: 9 }]))).toBe(false);
    expect(
      isLayerFix(
        fix([
          { param: 'padBefore', axis: 0, value: 1 },
          { param: 'padAfter', axis: 0, value: 2 },
        ]),
      ),
    ).toBe(false);
  });
});
