/**
 * Canvas colours for the grids, after the paper's figures: blue input, cyan output, white
 * padding, a see-through shadow for the kernel's window. The fills differ in lightness as well
 * as hue, so they stay apart in greyscale and for the common colour-vision deficiencies
 * (`palette.test.ts` measures it). Each role also has a non-colour cue: dashes for padding,
 * hatching for cells the floor drops, thick outlines for the window and for linked cells.
 */
export const PALETTE = {
  input: '#9cc5eb',
  inputStroke: '#2f6ea3',
  padding: '#ffffff',
  paddingStroke: '#7b8794',
  /** The zeros a transposed convolution inserts between input cells. */
  inserted: '#e3e1ec',
  insertedStroke: '#8d8aa3',
  /** Cells past the padding that ceil-mode windows reach. */
  overhang: '#eceef1',
  kernel: '#f4c26b',
  kernelStroke: '#a35f00',
  /** The frame around the kernel's window and the current output cell. */
  windowStroke: '#8a4b00',
  output: '#3fb0bb',
  outputStroke: '#00707a',
  /** Output cells not computed yet. */
  pending: '#ffffff',
  pendingStroke: '#a3adb8',
  /** Fill of cells linked to the hovered one where no shadow is drawn (tables, pictures). */
  linked: '#fde68a',
  linkedStroke: '#7a1f6a',
  focus: '#1d3557',
  dropped: '#c4471a',
  text: '#1b1f24',
  /** Values that are not inputs (padding zeros, outputs still to come). */
  mutedText: '#4f5964',
  /** Small corner labels (kernel weights, divisors), readable on shaded cells too. */
  badge: '#2e1700',
} as const;

/** The shadow's colour and opacity: covered cells keep their own colour, darkened. */
export const SHADOW = { color: '#102a43', opacity: 0.22 } as const;

const shades = new Map<string, string>();

/**
 * A fill (`#rrggbb`) as seen under the kernel's see-through shadow (the paper's dark window): the colour
 * mixed with {@link SHADOW}, so input, padding and inserted zeros stay told apart inside it.
 *
 * @example shade('#ffffff') // '#cad0d6'
 */
export function shade(fill: string): string {
  let value = shades.get(fill);
  if (value === undefined) {
    const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
    value = `#${[0, 1, 2]
      .map((i) => {
        const a = channel(fill, i);
        const mixed = Math.round(a + (channel(SHADOW.color, i) - a) * SHADOW.opacity);
        return mixed.toString(16).padStart(2, '0');
      })
      .join('')}`;
    shades.set(fill, value);
  }
  return value;
}

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
