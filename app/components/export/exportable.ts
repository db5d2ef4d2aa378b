import type { StageModel } from '../grid/stageModel';
import type { WindowAnimation } from './scene';

/** Names and marks of a sliding-window figure that its model does not hold. */
export interface StageExportOptions {
  /** What the figure is, for the picture's title: "Convolution". */
  name: string;
  numbers: boolean;
  /** Caption of the output grid (default "Output"). */
  outputName?: string;
  /** Small labels in the output cells' corners (the avg-pool divisors), by output index. */
  outputBadges?: readonly (string | undefined)[];
}

/**
 * What a figure view hands its layout for export, as plain data: it crosses to the export
 * worker, where the pictures are drawn, so none of that code loads with the page.
 */
export type Exportable = {
  /** The step shown now: PNG and SVG draw it, the GIF plays them all. */
  step: number;
  /** Steps of the animation (output positions): frames of the GIF. */
  steps: number;
} & (
  | {
      /** A convolution or pooling figure: its model and how it is shown (built in the worker). */
      stage: StageModel;
      options: StageExportOptions;
    }
  | {
      /** Any other sliding-window animation, built on the page when a picture is asked for. */
      animation: () => WindowAnimation;
    }
);

/** What crosses to the worker: a stage to build there, or an animation built already. */
export type ExportFigure = { step: number } & (
  { stage: StageModel; options: StageExportOptions } | { animation: WindowAnimation }
);
