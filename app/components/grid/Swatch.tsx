interface Props {
  /** Fill, as the grids paint it; omitted: none (an outline only). */
  fill?: string;
  /** Outline colour. */
  stroke?: string;
  /** A dashed outline (padding, virtual copies, dropped windows). */
  dashed?: boolean;
  /** A thick outline (the window, linked cells). */
  strong?: boolean;
  /** Red diagonal hatching (cells dropped or cropped). */
  hatched?: boolean;
  /** Twice as wide, for a colour ramp. */
  wide?: boolean;
}

/**
 * A legend's sample of a grid mark: the colours come from the grids' palette, and the outline
 * style (dashed, thick, hatched) repeats the cue the picture gives besides colour.
 */
export function Swatch({ fill, stroke, dashed, strong, hatched, wide }: Props) {
  const kind = [dashed && 'dashed', strong && 'strong', hatched && 'hatched', wide && 'wide']
    .filter(Boolean)
    .join(' ');
  return (
    <span
      className={kind ? `swatch ${kind}` : 'swatch'}
      style={hatched ? undefined : { background: fill ?? 'transparent', borderColor: stroke }}
      aria-hidden="true"
    />
  );
}
