import type { StageModel } from '../grid/stageModel';
import type { Scene, WindowAnimation } from './scene';
import type { SceneSource } from './sceneSource';

/** Names and marks of a sliding-window figure that its model does not hold. */
export interface StageExportOptions {
  /** What the figure is, for the picture's title: "Convolution". */
  name: string;
  numbers: boolean;
  /** Small labels in the output cells' corners (the avg-pool divisors), by output index. */
  outputBadges?: readonly (string | undefined)[];
}

/** A sliding-window figure's picture title and grid captions, written in the page's language. */
export interface StageWords {
  title: string;
  input: string;
  kernel: string;
  output: string;
}

/** An SVG document of a figure the page draws as SVG itself, and its size in CSS pixels. */
export interface VectorPicture {
  svg: string;
  width: number;
  height: number;
}

/**
 * Where a figure's pictures come from, as plain data that crosses to the export worker, where
 * the pictures are drawn, so none of that code loads with the page.
 */
export type FigureSource =
  | {
      /** A convolution or pooling figure: its model and how it is shown (built in the worker). */
      stage: StageModel;
      options: StageExportOptions;
    }
  | {
      /** Any other sliding-window animation, built on the page when a picture is asked for. */
      animation: () => WindowAnimation;
    }
  | {
      /**
       * Any other figure of cells, one scene per step, described when a picture is asked for
       * (by code the view loads then, so it stays out of the page's first download).
       */
      scenes: () => Promise<Scene[]>;
    }
  | {
      /**
       * A figure whose frames are too many to describe on the page (the stack, the channel
       * picture, the scatter): the plain data its scenes are built from in the worker.
       */
      source: () => SceneSource;
    }
  | {
      /**
       * A figure the page draws as SVG (plots): a self-contained copy of it, made when asked
       * for; the PNG is that SVG rasterised.
       */
      vector: () => Promise<VectorPicture>;
    };

/** An animation the GIF can show instead of the figure's own (the transposed view's scatter). */
export interface GifChoice {
  /** In the menu, short (it sits beside the GIF button): "scatter". */
  label: string;
  /** Added to the file name: `transposed_i3_k3_s2_scatter.gif`. */
  suffix: string;
  /** Its frames. */
  steps: number;
  source: Exclude<FigureSource, { vector: unknown }>;
}

/** What a figure view hands its layout for export. */
export type Exportable = {
  /** The step shown now: PNG and SVG draw it, the GIF plays them all. */
  step: number;
  /** Steps of the animation (output positions, layers): frames of the GIF. */
  steps: number;
  /** False for a figure without an animation: no GIF is offered. */
  gif?: boolean;
  /** What the default GIF shows, in the menu when there are others ("direct"). */
  gifLabel?: string;
  /** Other GIFs to choose from. */
  gifs?: readonly GifChoice[];
} & FigureSource;

/** What crosses to the worker: a stage to build there, an animation or scenes built already, a scene source. */
export type ExportFigure = { step: number } & (
  | { stage: StageModel; options: StageExportOptions & { words: StageWords } }
  | { animation: WindowAnimation }
  | { scenes: Scene[] }
  | { source: SceneSource }
);
