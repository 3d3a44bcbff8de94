import { useApp } from '../store';

/** The last error or note, until dismissed. */
export function NoticeBar() {
  const notice = useApp((s) => s.notice);
  const clearNotice = useApp((s) => s.clearNotice);
  if (!notice) return null;
  return (
    <div className={`banner banner--${notice.kind === 'error' ? 'error' : 'info'}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <div className="banner__text">
        <span>{notice.text}</span>
      </div>
      <div className="banner__actions">
        <button type="button" className="button button--quiet" onClick={clearNotice}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
