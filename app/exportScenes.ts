/**
 * The figures the export worker draws from their own scene sources, by kind: each view builds
 * its data on the page, and its builder here turns it into pictures in the worker.
 */
import type { SceneSequence, SceneSource } from './components/export/sceneSource';
import { channelsSequence, type ChannelsSceneData } from './views/channels/channelsScene';
import { stackSequence, type StackSceneData } from './views/stack/stackScene';
import { scatterSequence, type ScatterSceneData } from './views/transposed/scatterScene';

const BUILDERS: Record<string, (data: never) => SceneSequence> = {
  stack: (data: StackSceneData) => stackSequence(data),
  channels: (data: ChannelsSceneData) => channelsSequence(data),
  scatter: (data: ScatterSceneData) => scatterSequence(data),
};

/** The pictures of a scene source; an unknown kind is a programming error. */
export function sourceSequence(source: SceneSource): SceneSequence {
  const build = BUILDERS[source.kind];
  if (!build) throw new Error(`no pictures for a figure of kind ${source.kind}`);
  return build(source as never);
}
