import { useMemo } from 'react';
import { CodePanel } from '../../components/CodePanel';
import { formatSize } from '../../components/format';
import { FrameworkCompare } from '../../components/FrameworkCompare';
import { RelationshipPanel } from '../../components/RelationshipPanel';
import { t } from '../../i18n/i18n';
import { poolCode } from './codegen';
import type { PoolModel } from './poolModel';
import { torchMatchLines } from './tfCode';

/**
 * The panels under the figure: TensorFlow's SAME beside PyTorch, the relationship and the code.
 * Loaded after the first paint.
 */
export default function PoolPanels({ model }: { model: PoolModel }) {
  const snippets = useMemo(() => poolCode(model), [model]);
  return (
    <>
      {model.tf?.port && model.output && (
        <FrameworkCompare
          port={model.tf.port}
          axes={model.axes}
          matchCode={torchMatchLines({ ...model, padding: 'SAME', ceil: false }).join('\n')}
          otherDifference={model.mode === 'avg' ? t('pool.tf.divisor') : null}
          portWhy={t('pool.tf.portWhy')}
        />
      )}
      <RelationshipPanel
        relationships={model.relationships}
        outputSize={model.output ? formatSize(model.output) : null}
      />
      <CodePanel snippets={snippets} />
    </>
  );
}
