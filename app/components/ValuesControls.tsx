import { memo } from 'react';
import { NumberField } from './NumberField';
import { t } from '../i18n/i18n';

interface Props {
  /** Whether cells show their values (`num`). */
  numbers: boolean;
  /** Seed of the deterministic input values and weights (`seed`). */
  seed: number;
  onChange: (patch: { num?: boolean; seed?: number }) => void;
}

/** Numbers on or off, and which seeded values to show (rendered again only when they change). */
export const ValuesControls = memo(function ValuesControls({ numbers, seed, onChange }: Props) {
  return (
    <div className="toggles">
      <label className="inline-field">
        <input
          type="checkbox"
          checked={numbers}
          onChange={(event) => onChange({ num: event.target.checked })}
          data-testid="toggle-numbers"
        />
        {t('common.showNumbers')}
      </label>
      <NumberField
        label={t('common.seed')}
        value={seed}
        min={0}
        max={99999}
        onCommit={(value) => onChange({ seed: value })}
        testId="control-seed"
      />
    </div>
  );
});
