/**
 * Canvas colours for the grids, from the Okabe–Ito palette (safe for the common forms of colour
 * blindness). Each role also has a non-colour cue: dashes for padding, hatching for cells the
 * floor drops, thick outlines and labels for linked cells.
 */
export const PALETTE = {
  input: '#cfe4f4',
  inputStroke: '#3d7fb3',
  padding: '#ffffff',
  paddingStroke: '#7b8794',
  inserted: '#eef1f4',
  insertedStroke: '#9aa5b1',
  kernel: '#f6c86a',
  kernelStroke: '#a35f00',
  window: '#fbe1a6',
  output: '#a9dcc8',
  outputStroke: '#00795a',
  pending: '#f3f5f7',
  pendingStroke: '#b8c1ca',
  linked: '#e9b7d4',
  linkedStroke: '#8a2465',
  focus: '#1d3557',
  dropped: '#c4471a',
  text: '#1b1f24',
  mutedText: '#5d6873',
} as const;

/** Heat colours for counts (overlap counts, magnitudes): light to dark blue, then orange. */
export const HEAT = [
  '#f7fbff',
  '#d2e3f3',
  '#9ecae1',
  '#5a9fcf',
  '#2f73b3',
  '#e69f00',
  '#b36b00',
] as const;
