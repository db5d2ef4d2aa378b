import { memo } from 'react';
import { openInApp } from './openInApp';

/** One entry: a figure number, its title, and the URL that reproduces it. */
export interface PresetLink {
  figure: string;
  title: string;
  /** Query string, e.g. "?view=conv&i=4&k=3&s=1&p=0". */
  href: string;
  /** Short parameter summary shown under the title. */
  detail: string;
  active: boolean;
}

interface Props {
  /** Heading, e.g. "Figures of the paper". */
  title: string;
  presets: PresetLink[];
}

/** The paper's figures as links: each is a shareable URL, opened in place on click. */
export const PresetList = memo(function PresetList({ title, presets }: Props) {
  return (
    <nav className="panel presets" aria-label={title} data-testid="presets">
      <h2>{title}</h2>
      <ul>
        {presets.map((preset) => (
          <li key={preset.figure}>
            <a
              href={preset.href}
              aria-current={preset.active ? 'true' : undefined}
              onClick={(event) => openInApp(event, preset.href)}
              data-testid={`preset-${preset.figure}`}
            >
              <span className="preset-figure">Figure {preset.figure}</span>
              <span className="preset-title">{preset.title}</span>
              <span className="preset-detail">{preset.detail}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
});
