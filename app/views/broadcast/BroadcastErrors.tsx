import { ExceptionText } from '../../components/ExceptionText';
import type { ReactNode } from 'react';
import { expressionFor } from '../../../engine';
import type { BroadcastModel } from './broadcastModel';
import { t } from '../../i18n/i18n';

type Props = {
  /** A model whose shapes do not broadcast. */
  model: BroadcastModel;
};

/** PyTorch's message with the dimension it names marked. */
function TorchMessage({ text }: { text: string }) {
  const match = /^(.*)(at non-singleton dimension \d+)$/.exec(text);
  if (!match) return <>{text}</>;
  return (
    <>
      {match[1]}
      <mark>{match[2]}</mark>
    </>
  );
}

type ItemProps = {
  library: string;
  /** The Python that raises. */
  code: string;
  exception: string;
  testId?: string;
  note?: string;
  /** The message, exactly as the library prints it. */
  children: ReactNode;
};

function ErrorItem({ library, code, exception, testId, note, children }: ItemProps) {
  return (
    <>
      <dt>
        {library}, <code>{code}</code>
      </dt>
      <dd>
        <ExceptionText type={exception} testId={testId}>
          {children}
        </ExceptionText>
        {note ? <span className="field-hint">{note}</span> : null}
      </dd>
    </>
  );
}

/** The exact errors NumPy and PyTorch raise for these shapes, and the axis that clashes. */
export function BroadcastErrors({ model }: Props) {
  const conflict = model.analysis.conflict;
  if (!conflict) return null;
  const names = model.operands.map((o) => o.name);
  const first = model.operands[conflict.first];
  const second = model.operands[conflict.second];
  const axis = model.analysis.axes[conflict.axis];
  const shapesArgs = names.map((n) => `${n}.shape`).join(', ');
  return (
    <section
      className="panel config-error"
      aria-labelledby="bc-errors"
      data-testid="broadcast-errors"
    >
      <h2 id="bc-errors">{t('broadcast.err.title')}</h2>
      <p>
        {t('broadcast.err.on')}
        <mark>{t('broadcast.err.axis', { axis: conflict.axis })}</mark>
        {t('broadcast.err.counted')}
        <code>{first.name}</code>
        {t('broadcast.err.size', { size: axis.sizes[conflict.first] })}
        <code>{second.name}</code>
        {t('broadcast.err.size2', { size: axis.sizes[conflict.second] })}
      </p>
      <dl className="error-list">
        <ErrorItem
          library="NumPy"
          code={expressionFor(model.op, names, 'numpy')}
          exception="ValueError"
          testId="numpy-error"
          note={t('broadcast.err.space')}
        >
          {model.numpyError}
        </ErrorItem>
        <ErrorItem
          library="NumPy"
          code={`np.broadcast_shapes(${shapesArgs})`}
          exception="ValueError"
          testId="numpy-broadcast-shapes-error"
        >
          {model.numpyShapesError}
        </ErrorItem>
        <ErrorItem
          library="PyTorch"
          code={expressionFor(model.op, names, 'torch')}
          exception="RuntimeError"
          testId="torch-error"
        >
          <TorchMessage text={model.torchError ?? ''} />
        </ErrorItem>
        <ErrorItem
          library="PyTorch"
          code={`torch.broadcast_shapes(${shapesArgs})`}
          exception="RuntimeError"
        >
          {'Shape mismatch: objects cannot be broadcast to a single shape'}
        </ErrorItem>
      </dl>
      {names.length > 2 ? (
        <p className="field-hint">
          {t('broadcast.err.three1')}
          <code>a + b + c</code>
          {t('broadcast.err.three2')}
          <code>(a + b) + c</code>
          {t('broadcast.err.three3')}
          <code>np.broadcast_shapes</code>
          {t('broadcast.err.three4')}
        </p>
      ) : null}
    </section>
  );
}
