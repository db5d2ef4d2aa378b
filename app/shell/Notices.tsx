import { Suspense, useRef } from 'react';
import { flushSync } from 'react-dom';
import { t } from '../i18n/i18n';
import { say } from '../i18n/say';
import { sayNodes } from '../i18n/sayNodes';
import { useAppStore, type AppState } from '../store/store';
import type { Notice } from '../store/viewSlice';
import { CatalogueGate } from './CatalogueGate';
import { viewNamespaces } from './language';

const selectNotices = (s: AppState) => s.notices;
const selectLang = (s: AppState) => s.lang;
const selectView = (s: AppState) => s.view;

/**
 * Dismissible notices: what the page corrected in a link, and similar. Their sentences are in
 * the catalogues the view loads (the common one, and the view's own for its fields' reasons,
 * such as the layer stack's layer text): the notices wait for them.
 */
export function Notices() {
  const notices = useAppStore(selectNotices);
  const lang = useAppStore(selectLang);
  const view = useAppStore(selectView);
  if (!notices.length) return null;
  return (
    <Suspense fallback={null}>
      <CatalogueGate lang={lang} namespaces={viewNamespaces(view)}>
        <NoticeList notices={notices} />
      </CatalogueGate>
    </Suspense>
  );
}

/** The notices, said once their catalogue is here (rendered inside its gate). */
function NoticeList({ notices }: { notices: Notice[] }) {
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
  return (
    <div className="notices" role="status" aria-live="polite" ref={list}>
      {notices.map((notice) => {
        const title = say(notice.title);
        return (
          <section key={notice.id} className="notice" data-testid="notice" aria-label={title}>
            <div>
              <strong>{title}</strong>
              <ul>
                {notice.items.map((item, k) => (
                  <li key={k}>{sayNodes(item)}</li>
                ))}
              </ul>
            </div>
            <button
              type="button"
              className="notice-dismiss"
              aria-label={t('shell.notice.dismiss', { title })}
              onClick={() => dismiss(notice.id)}
            >
              ×
            </button>
          </section>
        );
      })}
    </div>
  );
}
