import { memo, type MouseEvent } from 'react';
import type { ViewId, ViewParams } from '../url/schema';
import { isPlainClick } from './isPlainClick';
import type { PresetLink } from './presets';
import { t } from '../i18n/i18n';

interface Props<V extends ViewId> {
  /** Names the list for assistive technology, e.g. "Figures of the paper". */
  title: string;
  /** Show the title as a heading (a panel of its own) or only name the list (inside a panel). */
  showTitle?: boolean;
  /** `'list'`: one per line, beside the controls; `'cards'`: a row of boxes. */
  variant?: 'list' | 'cards';
  presets: PresetLink<V>[];
  /** Applies a preset's parameters in place; the link itself opens it fresh (new tab, shared). */
  onChoose: (params: Partial<ViewParams<V>>) => void;
}

/** A view's presets as links: each is a shareable URL, applied in place on a plain click. */
function PresetListContent<V extends ViewId>({
  title,
  showTitle = true,
  variant = 'list',
  presets,
  onChoose,
}: Props<V>) {
  const choose = (event: MouseEvent<HTMLAnchorElement>, preset: PresetLink<V>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    onChoose(preset.params);
  };
  return (
    <nav
      className={`presets presets-${variant}${showTitle ? ' panel' : ''}`}
      aria-label={title}
      data-testid="presets"
    >
      {showTitle && <h2>{title}</h2>}
      <ul>
        {presets.map((preset) => (
          <li key={preset.id}>
            <a
              href={preset.href}
              aria-current={preset.active ? 'true' : undefined}
              onClick={(event) => choose(event, preset)}
              data-testid={`preset-${preset.id}`}
            >
              <span className="preset-label">{presetLabel(preset.label)}</span>
              <span className="preset-caption">{t(preset.caption)}</span>
              {preset.detail && (
                <span className="preset-detail" translate="no">
                  {preset.detail}
                </span>
              )}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** {@link PresetListContent}, re-rendered only when the links change (not on animation steps). */
export const PresetList = memo(PresetListContent) as typeof PresetListContent;

/** "Figure 2.1" in the interface's language; other labels are message ids or names. */
function presetLabel(label: string): string {
  const figure = /^Figure (.+)$/.exec(label);
  return figure ? t('common.figure', { n: figure[1] }) : t(label);
}
