import { useMemo } from 'react';
import { CodePanel } from '../../components/CodePanel';
import type { ChannelsModel } from './channelsModel';
import { channelsCode } from './codegen';
import { CountsPanel } from './CountsPanel';

/** The panels under the figure: the counts and the code. Loaded after the first paint. */
export default function ChannelsPanels({ model }: { model: ChannelsModel }) {
  const snippets = useMemo(() => channelsCode(model), [model]);
  return (
    <>
      <CountsPanel model={model} />
      <CodePanel snippets={snippets} />
    </>
  );
}
