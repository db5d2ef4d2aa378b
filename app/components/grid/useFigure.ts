import { useMemo } from 'react';
import { useViewParams } from '../../store/useViewParams';
import type { StepKey, ViewId, ViewParams } from '../../url/schema';
import { presetLinks, type Preset } from '../presets';
import { useFigureParams } from './useFigureParams';

/** What makes a figure view: how its model, code and presets come from its parameters. */
export interface FigureSpec<V extends ViewId, M> {
  /** Its animation steps; the rest is recomputed only when another parameter changes. */
  steps: readonly StepKey[];
  /** The view model: parameters → what is drawn (pure, engine calls only). */
  build: (params: ViewParams<V>) => M;
  /** The paper's figures. */
  presets: readonly Preset<V>[];
}

/**
 * The start of every figure view's page: its parameters and setter, the model and the preset
 * links, none of them recomputed on an animation step. (The code is written by the panels
 * under the figure, which load after its first paint.) The page draws the links a render after
 * the figure (`ViewLayout` defers them); working them out is cheap, and doing it here keeps that
 * later render from rendering the page, and so the figure, again.
 *
 * @param spec module-level constants (their identity keeps the memos)
 */
export function useFigure<V extends ViewId, M>(view: V, spec: FigureSpec<V, M>) {
  const [params, set] = useViewParams(view);
  const figure = useFigureParams(params, spec.steps);
  const { build, presets } = spec;
  const model = useMemo(() => build(figure), [build, figure]);
  const links = useMemo(() => presetLinks(view, presets, figure, true), [view, presets, figure]);
  return { params, set, model, presets: links };
}
