import { LOSS_CURVES, type LossCurve } from '../../url/schema';
import { CURVE_STYLES, curveLabel } from './curveStyles';
import type { LossSettings } from './lossModel';
import { t } from '../../i18n/i18n';

type Props = {
  settings: LossSettings;
  /** Curves drawn. */
  show: readonly LossCurve[];
  /** Shown curves that coincide with Smooth L1 over the range shown. */
  onSmoothL1: readonly LossCurve[];
  onChange: (show: LossCurve[]) => void;
};

/** The legend, which is also the list of toggles: a line sample, a name and a checkbox each. */
export function CurveLegend({ settings, show, onSmoothL1, onChange }: Props) {
  const toggle = (id: LossCurve, on: boolean) =>
    onChange(LOSS_CURVES.filter((c) => (c === id ? on : show.includes(c))));
  return (
    <fieldset className="curve-legend">
      <legend>{t('smoothl1.legend.title')}</legend>
      {LOSS_CURVES.map((id) => {
        const style = CURVE_STYLES[id];
        const unavailable = id === 'misprint' && !Number.isFinite(settings.sigma);
        return (
          <label key={id} className="legend-item">
            <input
              type="checkbox"
              checked={show.includes(id) && !unavailable}
              disabled={unavailable}
              onChange={(event) => toggle(id, event.target.checked)}
              data-testid={`show-${id}`}
            />
            <svg width="34" height="12" aria-hidden="true">
              <line
                x1="2"
                x2="32"
                y1="6"
                y2="6"
                stroke={style.color}
                strokeWidth={style.width}
                strokeDasharray={style.dash}
              />
            </svg>
            {curveLabel(id, settings)}
          </label>
        );
      })}
      {show.includes('sl1') && onSmoothL1.length ? (
        <p className="legend-note" data-testid="coincide-note">
          {t('smoothl1.legend.same', {
            list: onSmoothL1.map((id) => curveLabel(id, settings)).join(t('smoothl1.legend.and')),
            count: onSmoothL1.length,
            sl1: curveLabel('sl1', settings),
          })}
        </p>
      ) : null}
    </fieldset>
  );
}
