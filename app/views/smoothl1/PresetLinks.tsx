import type { MouseEvent } from 'react';
import { activePreset, PRESETS, presetUrl, type Preset, type SmoothL1Params } from './presets';
import { setSmoothL1 } from './useLossSettings';

type Props = {
  /** The lab's current loss parameter and normalisation. */
  params: Pick<SmoothL1Params, 'beta' | 'sigma' | 'box'>;
};

/**
 * The detectors' settings as links (open one in a new tab for a clean start); a plain click
 * applies it here and keeps the edited batch, so one batch can be compared across detectors.
 */
export function PresetLinks({ params }: Props) {
  const active = activePreset(params);
  const apply = (event: MouseEvent<HTMLAnchorElement>, preset: Preset) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    setSmoothL1(preset.params);
  };
  return (
    <nav aria-label="Presets" className="presets">
      <ul>
        {PRESETS.map((preset) => (
          <li key={preset.id}>
            <a
              href={presetUrl(preset)}
              aria-current={active?.id === preset.id ? 'true' : undefined}
              onClick={(event) => apply(event, preset)}
              data-testid={`preset-${preset.id}`}
            >
              <strong>{preset.label}</strong>
              <span>{preset.detail}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
