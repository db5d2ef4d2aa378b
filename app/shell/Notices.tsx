import { useAppStore, type AppState } from '../store/store';

const selectNotices = (s: AppState) => s.notices;

/** Dismissible notices: what the page corrected in a link, and similar. */
export function Notices() {
  const notices = useAppStore(selectNotices);
  if (!notices.length) return null;
  return (
    <div className="notices" role="status" aria-live="polite">
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
            aria-label={`Dismiss: ${notice.title}`}
            onClick={() => useAppStore.getState().dismissNotice(notice.id)}
          >
            ×
          </button>
        </section>
      ))}
    </div>
  );
}
