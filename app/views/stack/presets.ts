import { NETWORK_PRESETS, presetTokens } from '../../../engine';
import type { Preset } from '../../components/presets';

/**
 * Real networks (`engine/networks.ts`), each with its input size and channels; the list shows
 * the messages of their names and of what they show.
 */
export const STACK_PRESETS: Preset<'stack'>[] = NETWORK_PRESETS.map((network) => ({
  id: network.id,
  label: `stack.net.${network.id}.name`,
  caption: `stack.net.${network.id}.shows`,
  params: {
    i: [network.input, network.input],
    L: presetTokens(network),
    cin: network.inChannels,
  },
}));
