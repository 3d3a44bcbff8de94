import type { KeyboardEvent } from 'react';
import { useApp } from '../../store';
import { useNow } from '../../app/use-now';
import { InvalidRow, StoryRow } from './StoryRow';

/** Up/Down move between rows of a list. */
export function moveFocus(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const rows = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[data-row]'));
  if (rows.length === 0) return;
  const at = rows.findIndex((r) => r === document.activeElement || r.parentElement?.contains(document.activeElement));
  const next = event.key === 'ArrowDown' ? Math.min(rows.length - 1, at + 1) : Math.max(0, at - 1);
  event.preventDefault();
  rows[at === -1 ? 0 : next]?.focus();
}

/** Every story of the workspace, newest first; unreadable files with their reason. */
export function StoryList() {
  const rows = useApp((s) => s.rows);
  const currentId = useApp((s) => s.story?.id);
  const openStory = useApp((s) => s.openStory);
  const openDialog = useApp((s) => s.openDialog);
  const now = useNow();

  if (rows.length === 0) {
    return <p className="empty-note">No stories yet. Create one with “New story”.</p>;
  }
  return (
    <ul className="story-list" aria-label="Stories" onKeyDown={moveFocus}>
      {rows.map((row) =>
        'error' in row ? (
          <InvalidRow key={row.id} row={row} />
        ) : (
          <StoryRow
            key={row.id}
            row={row}
            now={now}
            current={row.id === currentId}
            onOpen={(id) => void openStory(id)}
            onDelete={(id, headline) => openDialog({ kind: 'delete', id, headline })}
          />
        ),
      )}
    </ul>
  );
}
