import { ROTATION_NOTE, type TransposedAxisGeometry } from '../../../engine';
import { axisPair } from '../../components/grid/figureAxes';
import { engineNote } from '../../components/engineNote';
import { formatShape } from '../../components/format';
import { openInApp } from '../../components/openInApp';
import { defaultParams, encode } from '../../url/codec';
import type { TransposedModel } from './transposedModel';
import { t } from '../../i18n/i18n';

interface Props {
  model: TransposedModel;
  /** Values shown (`num`): the links to the direct convolutions keep them. */
  numbers: boolean;
}

const AXES = ['common.height', 'common.width'] as const;

/** A per-axis quantity of the model's axes, [height, width]. */
const pairOf = (model: TransposedModel, f: (axis: TransposedAxisGeometry) => number) =>
  axisPair(model.axes, f);

/** The URL of the direct convolution with this input size and the model's k, s, p, d. */
function convHref(model: TransposedModel, input: [number, number], numbers: boolean): string {
  const [h, w] = model.axes;
  return encode('conv', {
    ...defaultParams('conv'),
    num: numbers,
    i: input,
    k: model.kernel,
    s: pairOf(model, (a) => a.stride),
    d: pairOf(model, (a) => a.dilation),
    p: { mode: 'explicit', h: [h.padBefore, h.padAfter], w: [w.padBefore, w.padAfter] },
  });
}

/**
 * The shape questions: the equivalent convolution's parameters per axis, and which direct
 * convolutions this one transposes (with the output padding that recovers each input size).
 */
export function ShapePanel({ model, numbers }: Props) {
  const [eh, ew] = model.equivalents;
  const rows: [string, string, (e: typeof eh) => string | number][] = [
    [t('common.typed.input'), 'i′', (e) => e.input],
    [t('transposed.sh.zeros'), 's − 1', (e) => e.zerosBetween],
    [t('transposed.sh.stretched'), 'ĩ′ = s(i′ − 1) + 1', (e) => e.stretched],
    [
      t('common.typed.kernel'),
      eh.dilation > 1 || ew.dilation > 1 ? 'k′ = k̂' : 'k′ = k',
      (e) => (e.dilation > 1 ? `${e.kernel} (k̂ = ${e.dilatedKernel})` : e.kernel),
    ],
    [t('common.stride'), 's′', () => 1],
    [
      t('transposed.sh.padBefore'),
      'p′ = k̂ − 1 − p',
      (e) =>
        e.padBefore < 0
          ? t('transposed.sh.crop', { p: e.padBefore, n: -e.padBefore })
          : e.padBefore,
    ],
    [
      t('transposed.sh.padAfter'),
      'p′ + a',
      (e) =>
        e.padAfter < 0 ? t('transposed.sh.crop', { p: e.padAfter, n: -e.padAfter }) : e.padAfter,
    ],
    [t('common.stage.output'), 'o′', (e) => e.output],
  ];
  const [ch, cw] = model.directs;
  const combos = ch.flatMap((h) => cw.map((w) => ({ h, w })));
  const stride = pairOf(model, (a) => a.stride);
  const dilation = pairOf(model, (a) => a.dilation);
  const outputPadding = pairOf(model, (a) => a.outputPadding);
  return (
    <section className="panel" aria-labelledby="shape-title" data-testid="shape-panel">
      <h2 id="shape-title">{t('transposed.sh.title')}</h2>
      <BackLink model={model} numbers={numbers} />
      {/* The tables are a click away, so the figures and the code fit a short page. */}
      <details className="shape-details" data-testid="shape-details">
        <summary>{t('transposed.sh.summary')}</summary>
        <table className="data-table" data-testid="equivalent-table">
          <caption>{t('transposed.sh.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('transposed.sh.quantity')}</th>
              <th scope="col">{t(AXES[0])}</th>
              <th scope="col">{t(AXES[1])}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([name, symbol, value]) => (
              <tr key={name}>
                <th scope="row">
                  {name} <span className="symbol">{symbol}</span>
                </th>
                <td>{value(eh)}</td>
                <td>{value(ew)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="relationship-note">{engineNote(ROTATION_NOTE) ?? ROTATION_NOTE}</p>
        <h3>{t('transposed.sh.which')}</h3>
        {combos.length ? (
          <>
            <p>
              {t(
                dilation[0] > 1 || dilation[1] > 1
                  ? 'transposed.sh.directDilated'
                  : 'transposed.sh.direct',
                {
                  k: formatPair(model.kernel),
                  s: formatPair(stride),
                  p: formatPair(pairOf(model, (a) => a.padBefore)),
                  d: formatPair(dilation),
                  i: formatPair(model.input),
                },
              )}
            </p>
            <ul className="directs" data-testid="direct-convs">
              {combos.map(({ h, w }) => {
                const size: [number, number] = [h.inputSize, w.inputSize];
                const current =
                  h.outputPadding === outputPadding[0] && w.outputPadding === outputPadding[1];
                const href = convHref(model, size, numbers);
                return (
                  <li
                    key={`${h.inputSize}x${w.inputSize}`}
                    aria-current={current ? 'true' : undefined}
                  >
                    <a href={href} onClick={(event) => openInApp(event, href)}>
                      {formatShape(size)}
                    </a>
                    {t(current ? 'transposed.sh.withOpCurrent' : 'transposed.sh.withOp', {
                      a: formatPair([h.outputPadding, w.outputPadding]),
                    })}
                  </li>
                );
              })}
            </ul>
          </>
        ) : (
          <p>{t('transposed.sh.none')}</p>
        )}
      </details>
    </section>
  );
}

/** Back to the direct convolution whose shape this one inverts, when there is one. */
function BackLink({ model, numbers }: Props) {
  const [ch, cw] = model.directs;
  const outputPadding = pairOf(model, (a) => a.outputPadding);
  const h = ch.find((c) => c.outputPadding === outputPadding[0]);
  const w = cw.find((c) => c.outputPadding === outputPadding[1]);
  if (!h || !w) {
    return (
      <p className="relationship-note" data-testid="back-to-conv">
        {t('transposed.sh.noBack', { a: formatPair(outputPadding) })}
      </p>
    );
  }
  const href = convHref(model, [h.inputSize, w.inputSize], numbers);
  return (
    <p>
      <a href={href} onClick={(event) => openInApp(event, href)} data-testid="back-to-conv">
        {t('transposed.sh.open', {
          from: formatShape([h.inputSize, w.inputSize]),
          to: formatShape(model.input),
        })}
      </a>
    </p>
  );
}

function formatPair([h, w]: readonly number[]): string {
  return h === w ? String(h) : `(${h}, ${w})`;
}
