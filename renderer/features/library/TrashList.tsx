import { useApp } from '../../store';
import { useNow } from '../../app/use-now';
import { fullTime, relativeTime } from '../../app/format';
import { moveFocus } from './StoryList';

/** Stories moved to the trash, each with Restore. */
export function TrashList() {
  const trash = useApp((s) => s.trash);
  const restoreStory = useApp((s) => s.restoreStory);
  const now = useNow();

  if (trash.length === 0) return <p className="empty-note">The trash is empty.</p>;
  return (
    <ul className="story-list" aria-label="Trash" onKeyDown={moveFocus}>
      {trash.map((entry) => {
        const title = entry.headline.trim() || entry.file;
        return (
          <li key={entry.trashId} className="story-row story-row--trash">
            <div className="story-row__open" tabIndex={-1} data-row>
              <span className="story-row__headline" dir="auto">
                {title}
              </span>
              <span className="story-row__meta">
                Deleted{' '}
                <time dateTime={entry.trashedAt} title={fullTime(entry.trashedAt)}>
                  {relativeTime(entry.trashedAt, now)}
                </time>
              </span>
            </div>
            <button
              type="button"
              className="button button--small"
              aria-label={`Restore ${title}`}
              onClick={() => void restoreStory(entry.trashId)}
            >
              Restore
            </button>
          </li>
        );
      })}
    </ul>
  );
}
