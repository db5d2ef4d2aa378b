import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { PALETTE } from './palette';

/** How one cell is drawn. */
export interface CellPaint {
  fill: string;
  /** Outline colour; omitted: no outline. */
  stroke?: string;
  /** Dashed outline (padding). */
  dashed?: boolean;
  /** Thick outline (linked or current cells). */
  strong?: boolean;
  /** Diagonal hatching in this colour (cells the floor drops). */
  hatch?: string;
  /** Main text (a value). */
  text?: string;
  textColor?: string;
  /** Small text in the top-left corner (a kernel weight or tap label). */
  badge?: string;
}

interface Props {
  /** Accessible name of the grid, e.g. "Input, 5 × 5, padded by 1". */
  label: string;
  rows: number;
  cols: number;
  /** Cell edge in CSS pixels. */
  cellSize: number;
  /** The colorizer: how cell (r, c) looks. Null leaves the cell empty. */
  paint: (r: number, c: number) => CellPaint | null;
  /** Extra marks drawn over the cells (window outlines, arrows). */
  overlay?: (ctx: CanvasRenderingContext2D, cellSize: number) => void;
  /** Accessible description of cell (r, c), read when it has keyboard focus. */
  describe: (r: number, c: number) => string;
  /** Pointer or keyboard focus entered (cell) or left (null) the grid. */
  onHover?: (cell: [number, number] | null) => void;
  /** Click, tap or Enter on a cell. */
  onActivate?: (cell: [number, number]) => void;
  testId?: string;
}

const TEXT_MIN_CELL = 15;

function paintAll(
  canvas: HTMLCanvasElement,
  rows: number,
  cols: number,
  size: number,
  paint: Props['paint'],
  overlay: Props['overlay'],
): void {
  const ratio = window.devicePixelRatio || 1;
  const width = cols * size + 2;
  const height = rows * size + 2;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.translate(1, 1);

  // Fills first, then outlines and text batched by style: a few paths instead of one per cell.
  const solid = new Map<string, Path2D>();
  const dashed = new Map<string, Path2D>();
  const strong = new Map<string, Path2D>();
  const hatch = new Map<string, Path2D>();
  const texts: { x: number; y: number; text: string; color: string }[] = [];
  const badges: { x: number; y: number; text: string }[] = [];
  const path = (map: Map<string, Path2D>, key: string) => {
    let p = map.get(key);
    if (!p) map.set(key, (p = new Path2D()));
    return p;
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const cell = paint(r, c);
      if (!cell) continue;
      const x = c * size;
      const y = r * size;
      ctx.fillStyle = cell.fill;
      ctx.fillRect(x, y, size, size);
      if (cell.stroke) {
        const target = cell.strong ? strong : cell.dashed ? dashed : solid;
        path(target, cell.stroke).rect(x + 0.5, y + 0.5, size - 1, size - 1);
      }
      if (cell.hatch) {
        const p = path(hatch, cell.hatch);
        for (let k = 4; k < 2 * size; k += 6) {
          const x0 = x + Math.max(0, k - size);
          const y0 = y + Math.min(k, size);
          const x1 = x + Math.min(k, size);
          const y1 = y + Math.max(0, k - size);
          p.moveTo(x0, y0);
          p.lineTo(x1, y1);
        }
      }
      if (size >= TEXT_MIN_CELL && cell.text !== undefined) {
        texts.push({
          x: x + size / 2,
          y: y + size / 2 + 1,
          text: cell.text,
          color: cell.textColor ?? PALETTE.text,
        });
      }
      if (size >= 24 && cell.badge !== undefined)
        badges.push({ x: x + 2, y: y + 2, text: cell.badge });
    }
  }
  ctx.lineWidth = 1;
  ctx.setLineDash([]);
  solid.forEach((p, color) => {
    ctx.strokeStyle = color;
    ctx.stroke(p);
  });
  ctx.setLineDash([3, 3]);
  dashed.forEach((p, color) => {
    ctx.strokeStyle = color;
    ctx.stroke(p);
  });
  ctx.setLineDash([]);
  hatch.forEach((p, color) => {
    ctx.strokeStyle = color;
    ctx.stroke(p);
  });
  ctx.lineWidth = 2.5;
  strong.forEach((p, color) => {
    ctx.strokeStyle = color;
    ctx.stroke(p);
  });
  ctx.lineWidth = 1;
  if (texts.length) {
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.font = `${Math.round(Math.min(size * 0.42, 16))}px system-ui, sans-serif`;
    for (const t of texts) {
      ctx.fillStyle = t.color;
      ctx.fillText(t.text, t.x, t.y);
    }
  }
  if (badges.length) {
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    ctx.font = `${Math.round(Math.min(size * 0.26, 11))}px system-ui, sans-serif`;
    ctx.fillStyle = PALETTE.kernelStroke;
    for (const b of badges) ctx.fillText(b.text, b.x, b.y);
  }
  overlay?.(ctx, size);
}

/**
 * A dense grid painted on a canvas, with one keyboard-focusable cell that moves with the arrow
 * keys (a roving focus over a virtual grid: only the focused cell exists in the DOM, so a 96 × 96
 * grid costs one element). Pointer hover and keyboard focus both report the cell under them.
 */
export function CanvasGrid({
  label,
  rows,
  cols,
  cellSize,
  paint,
  overlay,
  describe,
  onHover,
  onActivate,
  testId,
}: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const [focused, setFocused] = useState(false);
  const r = Math.min(active[0], rows - 1);
  const c = Math.min(active[1], cols - 1);

  useLayoutEffect(() => {
    if (canvasRef.current) paintAll(canvasRef.current, rows, cols, cellSize, paint, overlay);
  });

  // Keep the focused cell reported while the grid changes under it.
  useEffect(() => {
    if (focused) onHover?.([r, c]);
  }, [focused, r, c, onHover]);

  const cellAt = (event: PointerEvent<HTMLElement>): [number, number] | null => {
    const rect = event.currentTarget.getBoundingClientRect();
    const col = Math.floor((event.clientX - rect.left - 1) / cellSize);
    const row = Math.floor((event.clientY - rect.top - 1) / cellSize);
    return row >= 0 && row < rows && col >= 0 && col < cols ? [row, col] : null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    let next: [number, number] | null = null;
    if (moves[event.key]) next = [r + moves[event.key][0], c + moves[event.key][1]];
    else if (event.key === 'Home') next = [event.ctrlKey ? 0 : r, 0];
    else if (event.key === 'End') next = [event.ctrlKey ? rows - 1 : r, cols - 1];
    else if (event.key === 'PageUp') next = [0, c];
    else if (event.key === 'PageDown') next = [rows - 1, c];
    if (!next) return;
    event.preventDefault();
    event.stopPropagation();
    setActive([Math.min(rows - 1, Math.max(0, next[0])), Math.min(cols - 1, Math.max(0, next[1]))]);
  };

  return (
    <div
      className="canvas-grid"
      role="group"
      aria-label={label}
      data-testid={testId}
      data-rows={rows}
      data-cols={cols}
      style={{ width: cols * cellSize + 2, height: rows * cellSize + 2 }}
      onPointerMove={(event) => {
        if (event.pointerType === 'mouse') onHover?.(cellAt(event));
      }}
      onPointerLeave={() => {
        if (!focused) onHover?.(null);
      }}
      onClick={(event) => {
        const cell = cellAt(event as unknown as PointerEvent<HTMLElement>);
        if (cell) {
          setActive(cell);
          onActivate?.(cell);
        }
      }}
    >
      <canvas ref={canvasRef} aria-hidden="true" />
      <button
        ref={buttonRef}
        type="button"
        className="grid-focus"
        style={{ left: c * cellSize + 1, top: r * cellSize + 1, width: cellSize, height: cellSize }}
        aria-label={describe(r, c)}
        aria-keyshortcuts="ArrowUp ArrowDown ArrowLeft ArrowRight Home End Enter"
        data-row={r}
        data-col={c}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          onHover?.(null);
        }}
        onKeyDown={onKeyDown}
        onClick={(event) => {
          event.stopPropagation();
          onActivate?.([r, c]);
        }}
      />
    </div>
  );
}
