import type { MouseEvent } from 'react';
import { useAppStore, type AppState } from '../store/store';
import { VIEWS } from '../views/registry';

const selectView = (s: AppState) => s.view;

/** Title and navigation. Links are real `?view=` URLs (open in a new tab works). */
export function Header() {
  const active = useAppStore(selectView);
  const onNavigate = (event: MouseEvent<HTMLAnchorElement>, id: (typeof VIEWS)[number]['id']) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    useAppStore.getState().setView(id);
  };
  return (
    <header className="site-header">
      <a className="brand" href="?view=conv">
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
        <span>Conv Arithmetic Explorer</span>
      </a>
      <nav aria-label="Views">
        <ul>
          {VIEWS.map((view) => (
            <li key={view.id}>
              <a
                href={`?view=${view.id}`}
                title={view.summary}
                aria-current={view.id === active ? 'page' : undefined}
                onClick={(event) => onNavigate(event, view.id)}
              >
                {view.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
