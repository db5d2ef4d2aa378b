import { useRef } from 'react';
import { flushSync } from 'react-dom';
import { t } from '../i18n/i18n';
import { useAppStore, type AppState } from '../store/store';

const selectNotices = (s: AppState) => s.notices;

/** Dismissible notices: what the page corrected in a link, and similar. */
export function Notices() {
  const notices = useAppStore(selectNotices);
  const list = useRef<HTMLDivElement>(null);
  // The button pressed goes with its notice: focus moves to the next notice's button, or to
  // the page's heading when none is left.
  const dismiss = (id: number) => {
    flushSync(() => useAppStore.getState().dismissNotice(id));
    const next =
      list.current?.querySelector<HTMLElement>('.notice-dismiss') ??
      document.querySelector<HTMLElement>('h1.view-title') ??
      document.getElementById('main');
    next?.focus();
  };
  if (!notices.length) return null;
  return (
    <div className="notices" role="status" aria-live="polite" ref={list}>
      {notices.map((notice) => (
        <section key={notice.id} className="notice" data-testid="notice" aria-label={notice.title}>
          <div>
            <strong>{notice.title}</strong>
            <ul>
              {notice.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
          <button
            type="button"
            className="notice-dismiss"
            aria-label={t('shell.notice.dismiss', { title: notice.title })}
            onClick={() => dismiss(notice.id)}
          >
            ×
          </button>
        </section>
      ))}
    </div>
  );
}
