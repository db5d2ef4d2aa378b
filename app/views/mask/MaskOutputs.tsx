import type { MaskOutputs as Outputs } from '../../../engine';
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
      note: `An array of shape (N, ndim) = (${n}, ${ndim}): one row per selected element, holding its coordinate.`,
    },
    {
      call: 'torch.nonzero(mask)',
      text: outputs.torchNonzero,
      testId: 'torch-nonzero',
      note: `Shape (N, ndim) = (${n}, ${ndim}): np.argwhere’s layout, despite the name.`,
    },
    {
      call: 'np.nonzero(mask)',
      text: outputs.nonzero,
      testId: 'nonzero',
      note: `A tuple of ndim = ${ndim} arrays of length N = ${n}: the form indexing wants, a[np.nonzero(mask)] == a[mask].`,
    },
    {
      call: 'torch.nonzero(mask, as_tuple=True)',
      text: outputs.torchNonzeroTuple,
      testId: 'torch-nonzero-tuple',
      note: 'A tuple like np.nonzero; torch.where(mask) gives the same.',
    },
  ];
  return (
    <section className="panel stack" aria-labelledby="mask-outputs">
      <h2 id="mask-outputs">Mask and indices</h2>
      {staleFrom ? (
        <p className="note-box" role="status">
          The condition gives no mask; these outputs are from the last one that did:{' '}
          <code>{staleFrom}</code>.
        </p>
      ) : null}
      <div className="outputs-grid">
        <OutputFigure
          caption={<code>mask</code>}
          label="mask, as NumPy prints it"
          testId="mask-repr"
          wide={isWide(maskRepr)}
        >
          {maskRepr}
        </OutputFigure>
        <OutputFigure
          caption={
            <>
              <code>a[mask]</code> ({n} element{n === 1 ? '' : 's'}, always 1-D)
            </>
          }
          label="a[mask], as NumPy prints it"
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
            caption={<code>{item.call}</code>}
            label={`${item.call}, as printed`}
            testId={item.testId}
            hint={item.note}
            wide={isWide(item.text)}
          >
            {item.text}
          </OutputFigure>
        ))}
      </div>
    </section>
  );
}
