import type { BoolArray } from '../../../engine';
import { t } from '../../i18n/i18n';

type Props = {
  /** NumPy's mask, or null when the condition gives none. */
  mask: BoolArray | null;
};

const CELL = 24;

/** The mask drawn as a picture, cell for cell beside the matrix: True filled and checked. */
export function MaskPicture({ mask }: Props) {
  if (!mask || mask.shape.length > 2) {
    return (
      <figure className="mask-picture" data-testid="mask-picture">
        <figcaption>
          <code lang="en">mask</code>
        </figcaption>
        <p className="field-hint">
          {mask ? t('mask.pic.nd', { ndim: mask.shape.length }) : t('mask.pic.none')}
        </p>
      </figure>
    );
  }
  const [rows, cols] = mask.shape.length === 2 ? mask.shape : [1, mask.shape[0] ?? 1];
  const count = mask.data.filter(Boolean).length;
  const shape = `(${mask.shape.join(', ')}${mask.shape.length === 1 ? ',' : ''})`;
  return (
    <figure className="mask-picture" data-testid="mask-picture">
      <figcaption>
        <code lang="en">mask</code> {shape}
      </figcaption>
      <svg
        width={cols * CELL + 2}
        height={rows * CELL + 2}
        role="img"
        aria-label={t('mask.pic.label', {
          shape,
          trues: count,
          falses: mask.data.length - count,
        })}
      >
        {mask.data.map((on, k) => {
          const x = (k % cols) * CELL + 1;
          const y = Math.floor(k / cols) * CELL + 1;
          return (
            <g key={k} className={on ? 'mask-true' : 'mask-false'}>
              <rect x={x} y={y} width={CELL} height={CELL} />
              <text
                x={x + CELL / 2}
                y={y + CELL / 2}
                textAnchor="middle"
                dominantBaseline="central"
              >
                {on ? '✓' : ''}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="field-hint">{t('mask.pic.count', { trues: count, total: mask.data.length })}</p>
    </figure>
  );
}
