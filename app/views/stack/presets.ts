import { NETWORK_PRESETS, presetTokens } from '../../../engine';
import type { Preset } from '../../components/presets';

/** Real networks (`engine/networks.ts`), each with its input size and channels. */
export const STACK_PRESETS: Preset<'stack'>[] = NETWORK_PRESETS.map((network) => ({
  id: network.id,
  label: network.name,
  caption: network.shows,
  params: {
    i: [network.input, network.input],
    L: presetTokens(network),
    cin: network.inChannels,
  },
}));
