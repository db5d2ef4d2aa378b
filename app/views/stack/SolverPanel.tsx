import { LAYER_MODULES, STACK_LIMITS, type LayerToken, type Pair } from '../../../engine';
import { NumberField } from '../../components/NumberField';
import { formatSize } from '../../components/format';
import type { ViewParams } from '../../url/schema';
import type { SolverModel } from './solverModel';
import { describeIndices, type StackModel } from './stackModel';

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
        Use {size}
      </button>
    );
  };
  return (
    <section className="panel stack-solver" aria-labelledby="stack-solver-title">
      <h2 id="stack-solver-title">Plan sizes</h2>
      <div className="toggles">
        <label className="inline-field">
          Solve for
          <select
            value={solver.target}
            onChange={(event) => set({ solve: Number(event.target.value) })}
            data-testid="solver-target"
          >
            <option value={0}>the whole stack</option>
            {model.tokens.slice(0, last).map((token, index) => (
              <option key={index} value={index + 1}>
                layer {index + 1} · {LAYER_MODULES[token.op]}
              </option>
            ))}
          </select>
        </label>
        <NumberField
          label="Reach size"
          value={solver.reach ?? 0}
          min={0}
          max={STACK_LIMITS.input.max}
          onCommit={(reach) => set({ reach })}
          hint="0: no size in mind"
          testId="solver-reach"
        />
      </div>
      {solver.target === 0 ? (
        <ul className="solver-results">
          <li data-testid="solver-whole">
            Input sizes 1–{STACK_LIMITS.input.max} (height) that come out whole, no layer leaving a
            cell behind: <strong>{describeIndices(whole)}</strong>{' '}
            {sizeButton(whole, 'solver-use-whole')}
          </li>
          {hasTransposed && (
            <li data-testid="solver-same">
              Input sizes that come back at their own size: <strong>{describeIndices(same)}</strong>{' '}
              {sizeButton(same, 'solver-use-same')}
            </li>
          )}
          {solver.reach !== null && (
            <li data-testid="solver-reaching">
              Input sizes that give {solver.reach}: <strong>{describeIndices(reaching)}</strong>{' '}
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
        Layer {solver.target} takes {solver.layerInput ? formatSize(solver.layerInput) : '—'} in.
      </p>
      {solver.reach === null ? (
        <p className="muted">Give a size to reach for the settings that give it.</p>
      ) : solver.choices.length === 0 ? (
        <p data-testid="solver-none">
          No setting within the explorer’s limits gives {solver.reach} from this input.
        </p>
      ) : (
        <>
          <p>
            Settings that give {solver.reach} × {solver.reach} ({solver.total} in all, most usual
            first):
          </p>
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
          <p>Output padding that gives back the size an earlier layer took in:</p>
          <ul data-testid="solver-undo">
            {solver.undo.map((undo) => (
              <li key={undo.layer}>
                Undo {undo.title}:{' '}
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
