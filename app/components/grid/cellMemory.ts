/**
 * What each cell of a painted grid looked like last time, kept in flat arrays that are reused
 * from one picture to the next, so that a new picture can be compared with the one on screen
 * without allocating: only the block of cells that changed is painted again.
 */
import type { CellPaint } from './paintGrid';

/** A block of cells: rows [r0, r1) and columns [c0, c1). */
export interface CellRange {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

const PRESENT = 1;
const SHADED = 2;
const DASHED = 4;
const STRONG = 8;

export class CellMemory {
  private size = 0;
  private flags = new Uint8Array(0);
  private fill: (string | undefined)[] = [];
  private stroke: (string | undefined)[] = [];
  private hatch: (string | undefined)[] = [];
  private text: (string | undefined)[] = [];
  private textColor: (string | undefined)[] = [];
  private badge: (string | undefined)[] = [];

  /** Forgets every cell: the next `update` reports the whole grid. */
  clear(cells: number): void {
    this.size = cells;
    if (this.flags.length < cells) this.flags = new Uint8Array(cells);
    this.flags.fill(0xff, 0, cells);
  }

  /**
   * Records the picture `paint` gives for a `rows` × `cols` grid and returns the smallest block
   * holding every cell that differs from the last one recorded, or null when none does.
   */
  update(
    rows: number,
    cols: number,
    paint: (r: number, c: number) => CellPaint | null,
  ): CellRange | null {
    if (this.size !== rows * cols) this.clear(rows * cols);
    let r0 = rows;
    let c0 = cols;
    let r1 = 0;
    let c1 = 0;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (this.record(r * cols + c, paint(r, c))) {
          if (r < r0) r0 = r;
          if (r >= r1) r1 = r + 1;
          if (c < c0) c0 = c;
          if (c >= c1) c1 = c + 1;
        }
      }
    }
    return r1 > r0 ? { r0, c0, r1, c1 } : null;
  }

  /** Stores cell `at`; true when it differs from what was stored. */
  record(at: number, cell: CellPaint | null): boolean {
    const flags = cell
      ? PRESENT |
        (cell.shaded ? SHADED : 0) |
        (cell.dashed ? DASHED : 0) |
        (cell.strong ? STRONG : 0)
      : 0;
    const fill = cell?.fill;
    const stroke = cell?.stroke;
    const hatch = cell?.hatch;
    const text = cell?.text;
    const textColor = cell?.textColor;
    const badge = cell?.badge;
    if (
      this.flags[at] === flags &&
      this.fill[at] === fill &&
      this.stroke[at] === stroke &&
      this.hatch[at] === hatch &&
      this.text[at] === text &&
      this.textColor[at] === textColor &&
      this.badge[at] === badge
    )
      return false;
    this.flags[at] = flags;
    this.fill[at] = fill;
    this.stroke[at] = stroke;
    this.hatch[at] = hatch;
    this.text[at] = text;
    this.textColor[at] = textColor;
    this.badge[at] = badge;
    return true;
  }
}
