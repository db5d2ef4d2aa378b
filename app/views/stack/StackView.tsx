import { useMemo } from 'react';
import type { StackSceneData } from './stackScene';
import { stackWords } from './stackWords';
import { formatSize } from '../../components/format';
import { useFigure, type FigureSpec } from '../../components/grid/useFigure';
import { PresetList } from '../../components/PresetList';
import { ViewLayout } from '../../components/ViewLayout';
import { useAppStore, type AppState } from '../../store/store';
import type { CellRef } from '../../store/viewSlice';
import { STACK_PRESETS } from './presets';
import { StackControls } from './StackControls';
import { buildStackModel, validFocus, type MapCell, type StackModel } from './stackModel';
import { StackPicture } from './StackPicture';
import './stack.css';
import { t } from '../../i18n/i18n';
import { lazyPart } from '../../shell/lazyPage';

/** The panels under the picture, downloaded after its first paint. */
const StackPanels = lazyPart(() => import('./StackPanels'));

const FIGURE: FigureSpec<'stack', StackModel> = {
  steps: [],
  build: buildStackModel,
  presets: STACK_PRESETS,
};

const selectHover = (s: AppState) => s.hover;
const selectPinned = (s: AppState) => s.pinned;

/** A store cell reference as a cell of a feature map, or null for another grid. */
function mapCellOf(model: StackModel, ref: CellRef | null): MapCell | null {
  if (!ref || !ref.grid.startsWith('map')) return null;
  const map = model.maps[Number(ref.grid.slice(3))];
  if (!map) return null;
  const cols = map.shape[1];
  return validFocus(model, {
    map: map.index,
    cell: [Math.floor(ref.index / cols), ref.index % cols],
  });
}

/** A whole network: the size after every layer, receptive fields, and what PyTorch refuses. */
export default function StackView() {
  const { params, set, model, presets } = useFigure('stack', FIGURE);
  const pinned = useAppStore(selectPinned);
  const last = model.maps[model.maps.length - 1];
  return (
    <ViewLayout
      className="stack-view"
      title={t('stack.title')}
      lede={t('stack.lede')}
      controls={<StackControls params={params} set={set} refused={model.refused} />}
      presets={<PresetList title={t('stack.networks')} presets={presets} onChoose={set} />}
      problem={{ error: model.error, explain: model.explain, fixes: model.fixes }}
      onFix={(fix) => set({ L: model.fixedTokens(fix) })}
      summary={
        <p className="panel output-size-line">
          {formatSize(model.input)} →{' '}
          <strong data-testid="stack-output">{formatSize(last.shape)}</strong>
          {t('stack.sum.after', { n: last.index, count: model.tokens.length })}
          {model.receptive.length === model.tokens.length + 1 &&
            model.tokens.length > 0 &&
            t('stack.sum.sees', {
              size: formatSize(model.receptive[model.tokens.length].map((axis) => axis.size)),
            })}
          {t('stack.sum.end')}
        </p>
      }
      figure={<LitPicture model={model} pinned={pinned} />}
      exportable={{
        step: -1,
        steps: model.maps.length - 1,
        source: () => {
          const focus = mapCellOf(model, pinned) ?? model.defaultFocus;
          return {
            kind: 'stack',
            input: model.input,
            runnable: model.runnable,
            maps: model.maps,
            focus,
            words: stackWords(model.input, model.maps, focus),
          } satisfies StackSceneData;
        },
      }}
      panels={<StackPanels model={model} params={params} set={set} />}
    />
  );
}

/**
 * The picture lit by the hovered or pinned cell: a hover renders it and nothing else of the
 * page (its controls, presets and panels stay as they are).
 */
function LitPicture({ model, pinned }: { model: StackModel; pinned: CellRef | null }) {
  const hover = useAppStore(selectHover);
  const focus = useMemo(
    () => mapCellOf(model, hover) ?? mapCellOf(model, pinned),
    [model, hover, pinned],
  );
  return <StackPicture model={model} focus={focus} pinned={pinned} />;
}
