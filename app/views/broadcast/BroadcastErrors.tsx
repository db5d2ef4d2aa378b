import { ExceptionText } from '../../components/ExceptionText';
import type { ReactNode } from 'react';
import { expressionFor } from '../../../engine';
import type { BroadcastModel } from './broadcastModel';

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
      <h2 id="bc-errors">These shapes do not broadcast</h2>
      <p>
        On <mark>axis {conflict.axis}</mark> (counted from the left of the result),{' '}
        <code>{first.name}</code> has size {axis.sizes[conflict.first]} and{' '}
        <code>{second.name}</code> has size {axis.sizes[conflict.second]}: they differ and neither
        is 1.
      </p>
      <dl className="error-list">
        <ErrorItem
          library="NumPy"
          code={expressionFor(model.op, names, 'numpy')}
          exception="ValueError"
          testId="numpy-error"
          note=" (the message ends with a space)"
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
          Shape mismatch: objects cannot be broadcast to a single shape
        </ErrorItem>
      </dl>
      {names.length > 2 ? (
        <p className="field-hint">
          With three or more operands, <code>a + b + c</code> runs as <code>(a + b) + c</code>:
          NumPy and PyTorch name the shape broadcast so far and the operand that clashes with it,
          while <code>np.broadcast_shapes</code> names the first two arguments that clash.
        </p>
      ) : null}
    </section>
  );
}
