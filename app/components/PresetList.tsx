import type { MouseEvent } from 'react';
import { decode } from '../url/codec';
import { useAppStore } from '../store/store';

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
export function PresetList({ title, presets }: Props) {
  const open = (event: MouseEvent<HTMLAnchorElement>, href: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    useAppStore.getState().loadDecoded(decode(href));
  };
  return (
    <nav className="panel presets" aria-label={title} data-testid="presets">
      <h2>{title}</h2>
      <ul>
        {presets.map((preset) => (
          <li key={preset.figure}>
            <a
              href={preset.href}
              aria-current={preset.active ? 'true' : undefined}
              onClick={(event) => open(event, preset.href)}
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
}
