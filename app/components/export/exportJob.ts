import type { ExportFigure } from './exportable';
import type { GifTiming } from './gifPlan';

/** What the export worker is asked for: one picture of the figure in one format. */
export type ExportRequest = { figure: ExportFigure } & (
  { format: 'png'; scale: number } | { format: 'svg' } | { format: 'gif'; timing: GifTiming }
);

/** A finished picture: the file, its size in pixels and its number of frames. */
export interface ExportResult {
  blob: Blob;
  width: number;
  height: number;
  frames: number;
}

export type ExportReply =
  | { type: 'progress'; done: number; total: number }
  | ({ type: 'done' } & ExportResult)
  | { type: 'error'; message: string };
