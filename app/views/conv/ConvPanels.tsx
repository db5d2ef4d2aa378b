import { useMemo } from 'react';
import { CodePanel } from '../../components/CodePanel';
import { formatSize } from '../../components/format';
import { FrameworkCompare } from '../../components/FrameworkCompare';
import { RelationshipPanel } from '../../components/RelationshipPanel';
import { t } from '../../i18n/i18n';
import { convCode } from './codegen';
import type { ConvModel } from './convModel';
import { convMatchCode } from './matchCode';
import { TransposeLink } from './TransposeLink';

interface Props {
  model: ConvModel;
  /** Values shown (`num`). */
  numbers: boolean;
}

/**
 * The panels under the figure: TensorFlow's SAME beside PyTorch, the relationship, the
 * transposed convolution that undoes the shape, and the code. Loaded after the first paint.
 */
export default function ConvPanels({ model, numbers }: Props) {
  const snippets = useMemo(() => convCode(model), [model]);
  const dropNote =
    model.dropped[0] || model.dropped[1]
      ? t('conv.dropNote', { rows: model.dropped[0], cols: model.dropped[1] })
      : undefined;
  return (
    <>
      {model.port && (
        <FrameworkCompare
          port={model.port}
          axes={model.axes}
          matchCode={convMatchCode(model.port, model.axes)}
        />
      )}
      <RelationshipPanel
        relationships={model.relationships}
        outputSize={model.output ? formatSize(model.output) : null}
        footnote={dropNote}
      />
      <TransposeLink model={model} numbers={numbers} />
      <CodePanel snippets={snippets} />
    </>
  );
}
