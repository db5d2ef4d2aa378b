/**
 * Colours of the channel groups: wires and band outlines cycle through dark Okabe–Ito tones
 * (each at least 3:1 against white, as graphics need); bands alternate two light tints. The
 * group number is always written too, so colour is never the only cue.
 */
export const GROUP_WIRES = ['#0072b2', '#b34700', '#00785a', '#a1417d', '#5d6873', '#8a6d00'];
export const BAND_TINTS = ['#f1f6fb', '#fbf5ea'];

/** The wire colour of group g. */
export const groupWire = (g: number) => GROUP_WIRES[g % GROUP_WIRES.length];
