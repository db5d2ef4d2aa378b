import { LAYER_MODULES, STACK_LIMITS, type LayerToken, type Pair } from '../../../engine';
import { NumberField } from '../../components/NumberField';
import { formatSize } from '../../components/format';
import type { ViewParams } from '../../url/schema';
import type { SolverModel } from './solverModel';
import { describeIndices, type StackModel } from './stackModel';
import { t } from '../../i18n/i18n';

interface Props {
  model: StackModel;
  solver: SolverModel;
  set: (patch: Partial<ViewParams<'stack'>>) => void;
  /** Replaces one layer (0-based). */
  onLayer: (index: number, token: LayerToken) => void;
}

const sizesWhere = (solver: SolverModel, keep: (input: number, output: number | null) => boolean) =>
  (solver.inputs ?? []).filter((e) => keep(e.input, e.output)).map((e) => e.input);

/** The size closest to `current` (the smaller one on a tie). */
function nearest(sizes: number[], current: number): number | null {
  let best: number | null = null;
  for (const size of sizes) {
    if (best === null || Math.abs(size - current) < Math.abs(best - current)) best = size;
  }
  return best;
}

/** "Reach size …": the input sizes a whole stack takes, or the settings of one layer. */
export function SolverPanel({ model, solver, set, onLayer }: Props) {
  const last = Math.min(model.tokens.length, model.maps.length);
  const height = model.input[0];
  // Sizes are solved on the height; a square input stays square.
  const square = model.input[0] === model.input[1];
  const applyInput = (size: number) =>
    set({ i: (square ? [size, size] : [size, model.input[1]]) as Pair });
  const whole = (solver.inputs ?? []).filter((e) => e.whole).map((e) => e.input);
  const same = sizesWhere(solver, (input, output) => output === input);
  const reaching =
    solver.reach === null ? [] : sizesWhere(solver, (_, output) => output === solver.reach);
  const hasTransposed = model.tokens.some((token) => token.op === 'convTranspose');
  const sizeButton = (sizes: number[], testId: string) => {
    const size = nearest(sizes, height);
    if (size === null || size === height) return null;
    return (
      <button
        type="button"
        className="link-button"
        onClick={() => applyInput(size)}
        data-testid={testId}
      >
        {t('stack.sv.use', { size })}
      </button>
    );
  };
  return (
    <section className="panel stack-solver" aria-labelledby="stack-solver-title">
      <h2 id="stack-solver-title">{t('stack.sv.title')}</h2>
      <div className="toggles">
        <label className="inline-field">
          {t('stack.sv.solveFor')}
          <select
            value={solver.target}
            onChange={(event) => set({ solve: Number(event.target.value) })}
            data-testid="solver-target"
          >
            <option value={0}>{t('stack.sv.whole')}</option>
            {model.tokens.slice(0, last).map((token, index) => (
              <option key={index} value={index + 1}>
                {t('stack.sv.layer', { n: index + 1, module: LAYER_MODULES[token.op] })}
              </option>
            ))}
          </select>
        </label>
        <NumberField
          label={t('stack.sv.reach')}
          value={solver.reach ?? 0}
          min={0}
          max={STACK_LIMITS.input.max}
          onCommit={(reach) => set({ reach })}
          hint={t('stack.sv.reachHint')}
          testId="solver-reach"
        />
      </div>
      {solver.target === 0 ? (
        <ul className="solver-results">
          <li data-testid="solver-whole">
            {t('stack.sv.wholeSizes', { max: STACK_LIMITS.input.max })}
            <strong>{describeIndices(whole)}</strong> {sizeButton(whole, 'solver-use-whole')}
          </li>
          {hasTransposed && (
            <li data-testid="solver-same">
              {t('stack.sv.same')}
              <strong>{describeIndices(same)}</strong> {sizeButton(same, 'solver-use-same')}
            </li>
          )}
          {solver.reach !== null && (
            <li data-testid="solver-reaching">
              {t('stack.sv.reaching', { size: solver.reach })}
              <strong>{describeIndices(reaching)}</strong>{' '}
              {sizeButton(reaching, 'solver-use-reach')}
            </li>
          )}
        </ul>
      ) : (
        <LayerPlan solver={solver} onLayer={onLayer} />
      )}
    </section>
  );
}

function LayerPlan({
  solver,
  onLayer,
}: {
  solver: SolverModel;
  onLayer: (index: number, token: LayerToken) => void;
}) {
  const index = solver.target - 1;
  return (
    <div className="solver-results">
      <p>
        {t('stack.sv.takes', {
          n: solver.target,
          size: solver.layerInput ? formatSize(solver.layerInput) : '—',
        })}
      </p>
      {solver.reach === null ? (
        <p className="muted">{t('stack.sv.give')}</p>
      ) : solver.choices.length === 0 ? (
        <p data-testid="solver-none">{t('stack.sv.noSetting', { size: solver.reach })}</p>
      ) : (
        <>
          <p>{t('stack.sv.settings', { size: solver.reach, total: solver.total })}</p>
          <ul className="solver-choices" data-testid="solver-choices">
            {solver.choices.map((choice) => (
              <li key={choice.text}>
                <button type="button" onClick={() => onLayer(index, choice.token)}>
                  {choice.text}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {solver.undo.length > 0 && (
        <>
          <p>{t('stack.sv.undoTitle')}</p>
          <ul data-testid="solver-undo">
            {solver.undo.map((undo) => (
              <li key={undo.layer}>
                {t('stack.sv.undo', { title: undo.title })}
                {undo.token && undo.outputPadding ? (
                  <button type="button" onClick={() => onLayer(index, undo.token!)}>
                    output_padding ({undo.outputPadding.join(', ')}) → {formatSize(undo.target)}
                  </button>
                ) : (
                  <span>{undo.reason}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
