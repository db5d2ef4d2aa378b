import { useMemo, type MouseEvent } from 'react';
import { useValueAfterPaint } from './afterPaint';
import { isPlainClick } from '../components/isPlainClick';
import { t, tOr } from '../i18n/i18n';
import { carryParams } from '../store/carryParams';
import { useAppStore, type AppState } from '../store/store';
import { encode } from '../url/codec';
import type { ViewId } from '../url/schema';
import { LanguageSwitch } from './LanguageSwitch';
import type { ViewEntry } from './viewEntry';
import type { Lang } from '../i18n/lang';

const selectView = (s: AppState) => s.view;
const selectParams = (s: AppState) => s.params;
const selectLangKey = (s: AppState) => s.langKey;

interface Props {
  /** The views, in navigation order. */
  views: readonly ViewEntry[];
}

/**
 * Title and navigation. Links are real URLs of what a switch shows (the shared sizes and
 * numbers carried over), so opening one in a new tab gives the same page.
 */
export function Header({ views }: Props) {
  const langKey = useAppStore(selectLangKey);
  return (
    <header className="site-header">
      <a className="brand" href={langKey ? `?view=conv&lang=${langKey}` : '?view=conv'}>
        <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
          <rect width="32" height="32" rx="6" fill="#1d3557" />
          <g fill="#a8dadc">
            <rect x="5" y="5" width="6" height="6" />
            <rect x="13" y="5" width="6" height="6" />
            <rect x="5" y="13" width="6" height="6" />
            <rect x="13" y="13" width="6" height="6" />
          </g>
          <rect x="21" y="21" width="6" height="6" fill="#f4a261" />
        </svg>
        <span>{t('shell.brand')}</span>
      </a>
      <ViewLinks views={views} langKey={langKey} />
      <LanguageSwitch />
    </header>
  );
}

/**
 * The views' links. Only they read the parameters, and they follow a change a render later,
 * so that a key press or an animation step does not wait for every view's URL to be written;
 * the render a change starts finds the links as they were and leaves them.
 */
function ViewLinks({ views, langKey }: Props & { langKey: Lang | null }) {
  const active = useAppStore(selectView);
  const params = useAppStore(selectParams);
  const laterParams = useValueAfterPaint(params);
  return useMemo(() => {
    const onNavigate = (event: MouseEvent<HTMLAnchorElement>, id: ViewId) => {
      if (!isPlainClick(event)) return;
      event.preventDefault();
      useAppStore.getState().setView(id);
    };
    return (
      <nav aria-label={t('shell.nav')}>
        <ul>
          {views.map((view) => (
            <li key={view.id}>
              <a
                href={encode(view.id, carryParams(active, view.id, laterParams), {
                  lang: langKey,
                })}
                title={tOr(`shell.view.${view.id}.summary`, view.summary)}
                aria-current={view.id === active ? 'page' : undefined}
                onClick={(event) => onNavigate(event, view.id)}
              >
                {tOr(`shell.view.${view.id}`, view.title)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    );
  }, [views, active, laterParams, langKey]);
}
