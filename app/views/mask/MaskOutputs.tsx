import type { MaskOutputs as Outputs } from '../../../engine';
import { CodeText } from '../../components/CodeText';
import { t } from '../../i18n/i18n';
import { tNodes } from '../../i18n/tNodes';
import { isWide } from './maskModel';
import { OutputFigure } from './OutputFigure';

type Props = {
  outputs: Outputs;
  /** `repr(mask)` in NumPy. */
  maskRepr: string;
  /** Number of axes of `a`. */
  ndim: number;
  /** The condition these outputs come from, when it is not the current one. */
  staleFrom: string | null;
};

type Item = { call: string; text: string; testId: string; note: string };

/** `mask`, `a[mask]`, and the four index layouts side by side, as the REPL prints them. */
export function MaskOutputs({ outputs, maskRepr, ndim, staleFrom }: Props) {
  const n = outputs.count;
  const items: Item[] = [
    {
      call: 'np.argwhere(mask)',
      text: outputs.argwhere,
      testId: 'argwhere',
      note: t('mask.out.argwhere', { n, ndim }),
    },
    {
      call: 'torch.nonzero(mask)',
      text: outputs.torchNonzero,
      testId: 'torch-nonzero',
      note: t('mask.out.torchNonzero', { n, ndim }),
    },
    {
      call: 'np.nonzero(mask)',
      text: outputs.nonzero,
      testId: 'nonzero',
      note: t('mask.out.nonzero', { n, ndim }),
    },
    {
      call: 'torch.nonzero(mask, as_tuple=True)',
      text: outputs.torchNonzeroTuple,
      testId: 'torch-nonzero-tuple',
      note: t('mask.out.nonzeroTuple'),
    },
  ];
  return (
    <section className="panel stack" aria-labelledby="mask-outputs">
      <h2 id="mask-outputs">{t('mask.out.title')}</h2>
      {staleFrom ? (
        <p className="note-box" role="status">
          {tNodes('mask.out.stale', { code: <code lang="en">{staleFrom}</code> })}
        </p>
      ) : null}
      <div className="outputs-grid">
        <OutputFigure
          caption={<code lang="en">mask</code>}
          label={t('mask.out.maskLabel')}
          testId="mask-repr"
          wide={isWide(maskRepr)}
        >
          {maskRepr}
        </OutputFigure>
        <OutputFigure
          caption={tNodes('mask.out.indexed', { code: <code lang="en">a[mask]</code>, count: n })}
          label={t('mask.out.indexedLabel')}
          testId="mask-indexed"
          wide={isWide(outputs.indexed)}
        >
          {outputs.indexed}
        </OutputFigure>
      </div>
      <div className="outputs-grid">
        {items.map((item) => (
          <OutputFigure
            key={item.testId}
            caption={<code lang="en">{item.call}</code>}
            label={t('mask.out.printed', { call: item.call })}
            testId={item.testId}
            hint={<CodeText text={item.note} />}
            wide={isWide(item.text)}
          >
            {item.text}
          </OutputFigure>
        ))}
      </div>
    </section>
  );
}
