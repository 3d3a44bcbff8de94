import type { Conflict } from '../../store/story-slice';
import { useApp } from '../../store';

const TEXT: Record<Conflict['reason'], { title: string; detail: string; keep: string }> = {
  changed: {
    title: 'Changed on disk',
    detail: 'The file was changed outside this window while you had unsaved edits. Both versions are shown.',
    keep: 'Keep mine',
  },
  deleted: { title: 'Deleted on disk', detail: 'The file is gone. Your text is still here.', keep: 'Save again' },
  unreadable: { title: 'Changed on disk', detail: 'The file on disk can no longer be read.', keep: 'Keep mine' },
  elsewhere: {
    title: 'Not in this workspace',
    detail: 'The workspace changed while this story had unsaved edits.',
    keep: 'Save here',
  },
};

/** What to do when the buffer and the file disagree; nothing is lost whichever is chosen. */
export function ConflictBanner({ conflict, dirty, onMerge }: { conflict: Conflict; dirty: boolean; onMerge?: () => void }) {
  const keepMine = useApp((s) => s.keepMine);
  const takeDiskVersion = useApp((s) => s.takeDiskVersion);
  const closeStory = useApp((s) => s.closeStory);
  const text = TEXT[conflict.reason];
  return (
    <div className="banner banner--warning" role="alert">
      <div className="banner__text">
        <strong>{text.title}</strong>
        <span>
          {text.detail}
          {conflict.message ? ` ${conflict.message}` : ''}
        </span>
      </div>
      <div className="banner__actions">
        <button type="button" className="button button--primary" onClick={() => void keepMine()}>
          {text.keep}
        </button>
        {conflict.disk && (
          <button type="button" className="button" onClick={() => void takeDiskVersion()}>
            Use disk version
          </button>
        )}
        {conflict.disk && conflict.reason === 'changed' && onMerge && (
          <button type="button" className="button" onClick={onMerge}>
            Merge by paragraph
          </button>
        )}
        {(!dirty || conflict.reason === 'elsewhere') && (
          <button type="button" className="button button--quiet" onClick={closeStory}>
            {dirty ? 'Discard' : 'Close'}
          </button>
        )}
      </div>
    </div>
  );
}
