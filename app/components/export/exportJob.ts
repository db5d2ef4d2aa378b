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
  | { type: 'error'; message: string; reason?: ExportFailureReason };

/** What can stop a picture being made, each said by a message `common.export.err.<reason>`. */
export type ExportFailureReason =
  'noWorkerCanvas' | 'noAnimation' | 'noCanvas' | 'noPng' | 'workerStopped';

/**
 * A picture that could not be made, for a known reason: the page says the reason in its
 * language (`message` is the English, for the console).
 */
export class ExportFailure extends Error {
  readonly reason: ExportFailureReason;

  constructor(reason: ExportFailureReason, message: string) {
    super(message);
    this.name = 'ExportFailure';
    this.reason = reason;
  }
}
