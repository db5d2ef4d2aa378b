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

/** No cells. */
export const NO_CELLS: CellRange = { r0: 0, c0: 0, r1: 0, c1: 0 };

export class CellMemory {
  /** The block of the grid remembered. */
  private block: CellRange = NO_CELLS;
  private flags = new Uint8Array(0);
  private fill: (string | undefined)[] = [];
  private stroke: (string | undefined)[] = [];
  private hatch: (string | undefined)[] = [];
  private text: (string | undefined)[] = [];
  private textColor: (string | undefined)[] = [];
  private badge: (string | undefined)[] = [];
  /** Forgets every cell and remembers `block` from now on: its next `update` reports it whole. */
  clear(block: CellRange): void {
    this.block = block;
    const cells = Math.max(0, (block.r1 - block.r0) * (block.c1 - block.c0));
    if (this.flags.length < cells) this.flags = new Uint8Array(cells);
    this.flags.fill(0xff, 0, cells);
  }

  /**
   * Records the picture `paint` gives for the cells of `block` and returns the smallest block
   * holding every cell that differs from the last one recorded, or null when none does.
   */
  update(
    block: CellRange,
    paint: (r: number, c: number) => CellPaint | null,
    /** Only these cells can have changed (the rest are not asked for); default all. */
    within: CellRange = block,
  ): CellRange | null {
    const b = this.block;
    if (b.r0 !== block.r0 || b.c0 !== block.c0 || b.r1 !== block.r1 || b.c1 !== block.c1)
      this.clear(block);
    const top = Math.max(block.r0, within.r0);
    const left = Math.max(block.c0, within.c0);
    const bottom = Math.min(block.r1, within.r1);
    const right = Math.min(block.c1, within.c1);
    let r0 = block.r1;
    let c0 = block.c1;
    let r1 = block.r0;
    let c1 = block.c0;
    for (let r = top; r < bottom; r++) {
      for (let c = left; c < right; c++) {
        if (this.record(r, c, paint(r, c))) {
          if (r < r0) r0 = r;
          if (r >= r1) r1 = r + 1;
          if (c < c0) c0 = c;
          if (c >= c1) c1 = c + 1;
        }
      }
    }
    return r1 > r0 ? { r0, c0, r1, c1 } : null;
  }

  /** Stores cell (r, c); true when it differs from what was stored. Cells outside the block are not kept. */
  record(r: number, c: number, cell: CellPaint | null): boolean {
    const b = this.block;
    if (r < b.r0 || r >= b.r1 || c < b.c0 || c >= b.c1) return false;
    const at = (r - b.r0) * (b.c1 - b.c0) + c - b.c0;
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
