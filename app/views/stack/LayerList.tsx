import { memo, useEffect, useRef, useState } from 'react';
import {
  LAYER_MODULES,
  STACK_LIMITS,
  newLayerToken,
  type LayerKind,
  type LayerToken,
} from '../../../engine';
import { insertLayer, moveLayer, removeLayer, replaceLayer } from './layerEdits';
import { LayerRow } from './LayerRow';
import { t } from '../../i18n/i18n';

interface Props {
  tokens: LayerToken[];
  /** 0-based index of the layer PyTorch refuses, or null. */
  refused: number | null;
  onChange: (tokens: LayerToken[]) => void;
}

const KINDS: LayerKind[] = ['conv', 'convTranspose', 'maxPool', 'avgPool'];

/**
 * The layers as an editable list: each a line of layer text, moved with ↑ and ↓ (the focus
 * follows the layer), removed with ✕; a new layer of any kind is added at the end. Rendered
 * again only when its props change (not when the input size moves).
 */
export const LayerList = memo(function LayerList({ tokens, refused, onChange }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const [kind, setKind] = useState<LayerKind>('conv');
  // After a move or removal, the focus goes to the first of these controls that can take it
  // once the list has re-rendered.
  const focusAfter = useRef<string[] | null>(null);
  const full = tokens.length >= STACK_LIMITS.layers.max;

  const setFocus = (ids: string[]) => {
    focusAfter.current = ids;
  };

  useEffect(() => {
    if (!focusAfter.current) return;
    const scope = listRef.current?.parentElement;
    const target = [...focusAfter.current, 'layer-add']
      .map((id) => scope?.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`))
      .find((element) => element && !element.disabled);
    focusAfter.current = null;
    target?.focus();
  });

  return (
    <fieldset className="axis-control layer-list">
      <legend>{t('stack.ll.legend')}</legend>
      <p className="field-hint" id="layer-grammar">
        <code>c</code> Conv2d, <code>t</code> ConvTranspose2d, <code>m</code> MaxPool2d,{' '}
        <code>a</code> AvgPool2d{t('stack.ll.g1')}
        <code>s</code> {t('stack.ll.stride')}, <code>p</code> {t('stack.ll.padding')}
        {t('stack.ll.or')}
        <code>psame</code>
        {t('stack.ll.close')}
        <code>d</code> {t('stack.ll.dilation')}, <code>o</code> {t('stack.ll.op')}, <code>x</code>{' '}
        {t('stack.ll.channels')}
        {t('stack.ll.flags')}
        <code>ceil</code>, <code>nopad</code>
        {t('stack.ll.values')}
        <code>HxW</code>
        {t('stack.ll.end')}
      </p>
      {tokens.length === 0 && <p className="muted">{t('stack.ll.none')}</p>}
      <ol ref={listRef} className="layer-rows">
        {tokens.map((token, index) => (
          <LayerRow
            key={index}
            index={index}
            token={token}
            count={tokens.length}
            refused={index === refused}
            onChange={(next) => onChange(replaceLayer(tokens, index, next))}
            onMove={(by) => {
              // The same button on the layer's new row, or the other one at either end.
              const n = index + 1 + by;
              setFocus([
                `layer-${by < 0 ? 'up' : 'down'}-${n}`,
                `layer-${by < 0 ? 'down' : 'up'}-${n}`,
              ]);
              onChange(moveLayer(tokens, index, by));
            }}
            onRemove={() => {
              setFocus([`layer-remove-${Math.min(index + 1, tokens.length - 1)}`]);
              onChange(removeLayer(tokens, index));
            }}
          />
        ))}
      </ol>
      <div className="layer-add">
        <label className="inline-field">
          {t('stack.ll.new')}
          <select
            value={kind}
            onChange={(event) => setKind(event.target.value as LayerKind)}
            data-testid="layer-kind"
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {LAYER_MODULES[k]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={full}
          onClick={() => {
            setFocus([`layer-text-${tokens.length + 1}`]);
            onChange(insertLayer(tokens, tokens.length, newLayerToken(kind)));
          }}
          data-testid="layer-add"
        >
          {t('stack.ll.add')}
        </button>
        {full && (
          <span className="muted">{t('stack.ll.full', { max: STACK_LIMITS.layers.max })}</span>
        )}
      </div>
    </fieldset>
  );
});
