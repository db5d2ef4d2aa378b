/**
 * The part of a large grid that can be seen: the cells that show through every box clipping
 * it (the window, a scroll box, a panel that clips its content). Only those are painted, with
 * a lead along the boxes that scroll, so that a short scroll finds them painted already.
 */
import { NO_CELLS, type CellRange } from './cellMemory';

/** A box that clips what is drawn inside it, in viewport pixels; ±Infinity where it does not. */
export interface ClipBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** How far past its edges to paint ahead of a scroll, in pixels (0: it does not scroll). */
  leadX: number;
  leadY: number;
}

/** A grid on the screen: its box's top-left corner in viewport pixels, inside a 1 px border. */
export interface GridPlace {
  left: number;
  top: number;
  rows: number;
  cols: number;
  /** Cell edge in CSS pixels. */
  size: number;
}

/**
 * The block of cells of `grid` whose pixels show through every box of `clips` (each widened by
 * its lead when `lead` is set); `NO_CELLS` when none does. Cell (r, c) covers the pixels
 * [left + 1 + c·size, left + 1 + (c + 1)·size) across, and likewise down.
 */
export function visibleCells(grid: GridPlace, clips: readonly ClipBox[], lead: boolean): CellRange {
  let left = -Infinity;
  let top = -Infinity;
  let right = Infinity;
  let bottom = Infinity;
  for (const clip of clips) {
    left = Math.max(left, clip.left - (lead ? clip.leadX : 0));
    top = Math.max(top, clip.top - (lead ? clip.leadY : 0));
    right = Math.min(right, clip.right + (lead ? clip.leadX : 0));
    bottom = Math.min(bottom, clip.bottom + (lead ? clip.leadY : 0));
  }
  const { rows, cols, size } = grid;
  const clamp = (n: number, max: number) => Math.min(max, Math.max(0, n));
  const c0 = clamp(Math.floor((left - grid.left - 1) / size), cols);
  const c1 = clamp(Math.ceil((right - grid.left - 1) / size), cols);
  const r0 = clamp(Math.floor((top - grid.top - 1) / size), rows);
  const r1 = clamp(Math.ceil((bottom - grid.top - 1) / size), rows);
  return c1 > c0 && r1 > r0 ? { r0, c0, r1, c1 } : NO_CELLS;
}

/** Whether `outer` holds every cell of `inner` (an empty block is held by any). */
export function holds(outer: CellRange, inner: CellRange): boolean {
  if (inner.r1 <= inner.r0 || inner.c1 <= inner.c0) return true;
  return (
    outer.r0 <= inner.r0 && outer.c0 <= inner.c0 && outer.r1 >= inner.r1 && outer.c1 >= inner.c1
  );
}

/** Whether two blocks are the same cells. */
export function sameCells(a: CellRange, b: CellRange): boolean {
  return a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;
}

/** The ancestors of an element that clip it, and how (found once: styles rarely change). */
export interface Clipper {
  element: Element;
  x: boolean;
  y: boolean;
  /** It scrolls across, down: paint ahead along that axis. */
  scrollsX: boolean;
  scrollsY: boolean;
}

const PAINT_CONTAINMENT = /paint|strict|content/;

/** The ancestors of `element` that clip what it draws. */
export function clippers(element: Element): Clipper[] {
  const found: Clipper[] = [];
  for (let a = element.parentElement; a && a !== document.body; a = a.parentElement) {
    const style = getComputedStyle(a);
    const contained = PAINT_CONTAINMENT.test(style.contain);
    const x = contained || style.overflowX !== 'visible';
    const y = contained || style.overflowY !== 'visible';
    if (!x && !y) continue;
    const scrollsX = /auto|scroll/.test(style.overflowX);
    const scrollsY = /auto|scroll/.test(style.overflowY);
    found.push({ element: a, x, y, scrollsX, scrollsY });
  }
  return found;
}

/**
 * The boxes clipping `element` now: the window (scrolled) and its clipping ancestors. The window
 * always paints ahead; the boxes that scroll only along an axis one of them has been scrolled
 * along (away from its start): a figure wider than its panel would otherwise have every change
 * and every scroll of the page paint it half a panel further on each side, for a sideways scroll
 * that most never see.
 */
export function clipBoxes(element: Element, ancestors: readonly Clipper[]): ClipBox[] {
  const own = element.getBoundingClientRect();
  const boxes: ClipBox[] = [
    // The element itself: nothing of it shows while it is not laid out (a closed <details>).
    { left: own.left, top: own.top, right: own.right, bottom: own.bottom, leadX: 0, leadY: 0 },
    {
      left: 0,
      top: 0,
      right: window.innerWidth,
      bottom: window.innerHeight,
      leadX: window.innerWidth / 2,
      leadY: window.innerHeight / 2,
    },
  ];
  // Scrolled along an axis, a box moves what it holds past the boxes around it too.
  const scrolledX = ancestors.some((a) => a.scrollsX && a.element.scrollLeft !== 0);
  const scrolledY = ancestors.some((a) => a.scrollsY && a.element.scrollTop !== 0);
  for (const { element: a, x, y, scrollsX, scrollsY } of ancestors) {
    const box = a.getBoundingClientRect();
    boxes.push({
      left: x ? box.left : -Infinity,
      top: y ? box.top : -Infinity,
      right: x ? box.right : Infinity,
      bottom: y ? box.bottom : Infinity,
      leadX: scrollsX && scrolledX ? box.width / 2 : 0,
      leadY: scrollsY && scrolledY ? box.height / 2 : 0,
    });
  }
  return boxes;
}
