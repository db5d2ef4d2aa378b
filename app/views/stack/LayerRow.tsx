import { formatLayers, parseLayers, type LayerToken } from '../../../engine';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n/i18n';
import { say } from '../../i18n/say';

interface Props {
  /** 0-based position. */
  index: number;
  token: LayerToken;
  /** Layers in the stack (to disable moving past either end). */
  count: number;
  /** PyTorch refuses this layer. */
  refused: boolean;
  onChange: (token: LayerToken) => void;
  /** Moves the layer up (−1) or down (1). */
  onMove: (by: number) => void;
  onRemove: () => void;
}

/** Reads one layer's text: exactly one layer, in canonical form, or what is wrong with it. */
export function readLayer(text: string): { ok: true; text: string } | { ok: false; error: string } {
  if (text.includes(',')) return { ok: false, error: t('stack.text.comma') };
  const { layers, problems } = parseLayers(text);
  if (problems.length) return { ok: false, error: say(problems[0].msg) };
  if (layers.length === 0) return { ok: false, error: t('stack.text.empty') };
  return { ok: true, text: formatLayers(layers) };
}

/** One layer of the stack: its text, and buttons to move or remove it. */
export function LayerRow({ index, token, count, refused, onChange, onMove, onRemove }: Props) {
  const n = index + 1;
  return (
    <li className={refused ? 'layer-row refused' : 'layer-row'} data-testid={`layer-${n}`}>
      <span className="layer-number" aria-hidden="true">
        {n}
      </span>
      <TextField
        label={t(refused ? 'stack.row.refused' : 'stack.row.layer', { n })}
        hideLabel
        code
        size={8}
        value={formatLayers([token])}
        read={readLayer}
        onCommit={(text) => onChange(parseLayers(text).layers[0])}
        testId={`layer-text-${n}`}
      />
      <div className="layer-buttons">
        <button
          type="button"
          aria-label={t('stack.row.up', { n })}
          disabled={index === 0}
          onClick={() => onMove(-1)}
          data-testid={`layer-up-${n}`}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={t('stack.row.down', { n })}
          disabled={index === count - 1}
          onClick={() => onMove(1)}
          data-testid={`layer-down-${n}`}
        >
          ↓
        </button>
        <button
          type="button"
          aria-label={t('stack.row.remove', { n })}
          onClick={onRemove}
          data-testid={`layer-remove-${n}`}
        >
          ✕
        </button>
      </div>
    </li>
  );
}
