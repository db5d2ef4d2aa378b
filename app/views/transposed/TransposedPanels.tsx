import { useMemo } from 'react';
import { CodePanel } from '../../components/CodePanel';
import { formatSize } from '../../components/format';
import { RelationshipPanel } from '../../components/RelationshipPanel';
import { transposedCode } from './codegen';
import { kerasCode, kerasTorchLines } from './kerasCode';
import { KerasCompare } from './KerasCompare';
import { ShapePanel } from './ShapePanel';
import type { TransposedModel } from './transposedModel';
import { t } from '../../i18n/i18n';

interface Props {
  model: TransposedModel;
  /** Values shown (`num`). */
  numbers: boolean;
}

/** The layer's pairs for the Keras code. */
function kerasPairs(model: TransposedModel) {
  const [h, w] = model.axes;
  return {
    input: model.input,
    kernel: model.kernel,
    stride: [h.stride, w.stride] as [number, number],
    dilation: [h.dilation, w.dilation] as [number, number],
  };
}

/** The code of the layer: Keras's when the TensorFlow side is chosen, PyTorch's otherwise. */
function code(model: TransposedModel) {
  return model.keras
    ? kerasCode(model.keras, kerasPairs(model))
    : transposedCode({ axes: model.axes, output: model.valid?.output ?? null });
}

/**
 * The panels under the figures: Keras beside PyTorch, the relationship, the shape worked out
 * and the code. Loaded after the first paint.
 */
export default function TransposedPanels({ model, numbers }: Props) {
  const v = model.valid;
  const snippets = useMemo(() => code(model), [model]);
  return (
    <>
      {model.keras && v && (
        <KerasCompare
          keras={model.keras}
          matchCode={kerasTorchLines(model.keras, kerasPairs(model)).join('\n')}
        />
      )}
      <RelationshipPanel
        relationships={v ? v.relationships : null}
        outputSize={v ? formatSize(model.keras ? model.keras.output : v.output) : null}
        footnote={
          model.keras?.axes.some((a) => a.slice > 0)
            ? t('transposed.kerasKeeps', { size: formatSize(model.keras.output) })
            : undefined
        }
      />
      <ShapePanel model={model} numbers={numbers} />
      <CodePanel snippets={snippets} />
    </>
  );
}
