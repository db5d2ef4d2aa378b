import { NumberField } from '../../components/NumberField';
import { TextField } from '../../components/TextField';
import { MATRIX_LIMITS, type ViewParams } from '../../url/schema';
import { parseMatrixCell } from '../../url/fields';
import { MaskPicture } from './MaskPicture';
import { resizeCells, SEEDED_SHAPE } from './maskModel';
import type { BoolArray } from '../../../engine';
import { CodeText } from '../../components/CodeText';
import { formatSize } from '../../components/format';
import { t } from '../../i18n/i18n';
import { say } from '../../i18n/say';
import { tNodes } from '../../i18n/tNodes';

type Props = {
  /** The matrix's values as typed (canonical literals). */
  cells: string[][];
  /** Cells the current mask selects, drawn with a check mark. */
  mask: BoolArray | null;
  /** Element kind of the matrix, for the caption. */
  dtype: 'int' | 'float';
  seed: number;
  /** Changes the matrix (`m`) or the seed. */
  onChange: (patch: Partial<ViewParams<'mask'>>) => void;
};

function readCell(text: string) {
  const result = parseMatrixCell(text, MATRIX_LIMITS.maxAbs);
  return 'error' in result
    ? ({ ok: false, error: say(result.error) } as const)
    : ({ ok: true, text: result.text } as const);
}

/** The matrix `a` as a table of inputs; cells the mask selects carry a check mark. */
export function MatrixEditor({ cells, mask, dtype, seed, onChange: setMask }: Props) {
  const rows = cells.length;
  const cols = cells[0].length;
  const commitCell = (r: number, c: number, text: string) =>
    setMask({ m: cells.map((row, i) => row.map((cell, j) => (i === r && j === c ? text : cell))) });

  return (
    <section className="panel stack" aria-labelledby="mask-matrix">
      <h2 id="mask-matrix">{tNodes('mask.matrix.title', { code: <code lang="en">a</code> })}</h2>
      <div className="matrix-and-mask">
        <div className="table-scroll">
          <table className="matrix-table" data-testid="matrix">
            <caption>
              {tNodes('mask.matrix.caption', {
                code: <code lang="en">a</code>,
                rows,
                cols,
                dtype: t(dtype === 'float' ? 'mask.matrix.float' : 'mask.matrix.int'),
              })}
            </caption>
            <thead>
              <tr>
                <td />
                {cells[0].map((_, c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {cells.map((row, r) => (
                <tr key={r}>
                  <th scope="row">{r}</th>
                  {row.map((cell, c) => {
                    const selected = Boolean(mask?.data[r * cols + c]);
                    return (
                      <td key={c} className={selected ? 'selected' : undefined}>
                        <TextField
                          label={t(selected ? 'mask.matrix.cellSelected' : 'mask.matrix.cell', {
                            r,
                            c,
                          })}
                          hideLabel
                          value={cell}
                          read={readCell}
                          onCommit={(text) => commitCell(r, c, text)}
                          code
                          size={4}
                          testId={`cell-${r}-${c}`}
                        />
                        {selected ? (
                          <span className="check" aria-hidden="true">
                            ✓
                          </span>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <MaskPicture mask={mask} />
      </div>
      <div className="matrix-size">
        <NumberField
          label={t('mask.matrix.rows')}
          value={rows}
          min={1}
          max={MATRIX_LIMITS.maxRows}
          onCommit={(n) => setMask({ m: resizeCells(cells, n, cols) })}
        />
        <NumberField
          label={t('mask.matrix.cols')}
          value={cols}
          min={1}
          max={MATRIX_LIMITS.maxCols}
          onCommit={(n) => setMask({ m: resizeCells(cells, rows, n) })}
        />
        <NumberField
          label={t('mask.matrix.seed')}
          value={seed}
          min={0}
          max={99999}
          onCommit={(s) => setMask({ seed: s, m: null })}
          hint={t('mask.matrix.seedHint', { shape: formatSize(SEEDED_SHAPE) })}
        />
      </div>
      <p className="field-hint">
        <CodeText text={t('mask.matrix.hint', { max: MATRIX_LIMITS.maxAbs })} />
      </p>
    </section>
  );
}
