import { readingMinutes } from '../../../shared/text/count';
import { clockTime, fullTime, plural } from '../../app/format';
import { useApp } from '../../store';
import { saveLabel, type SaveLabel } from '../../store/story-slice';
import { useBodyCounts } from './use-body-counts';

/** The words the status bar uses for each save state. */
export function describeSave(label: SaveLabel): string {
  switch (label.kind) {
    case 'saved':
      return label.at === null ? 'Saved' : `Saved ${clockTime(label.at)}`;
    case 'saving':
      return 'Saving…';
    case 'unsaved':
      return 'Unsaved changes';
    case 'conflict':
      return label.reason === 'deleted' ? 'Deleted on disk' : label.reason === 'elsewhere' ? 'Not saved' : 'Conflict';
    case 'failed':
      return `Not saved: ${label.message}`;
  }
}

/** Word and character counts and reading time of the body, and the save state. */
export function StatusBar() {
  const label = useApp((s) => (s.story ? describeSave(saveLabel(s.story)) : ''));
  const kind = useApp((s) => (s.story ? saveLabel(s.story).kind : 'none'));
  const savedAt = useApp((s) => s.story?.savedAt ?? null);
  const wordsPerMinute = useApp((s) => s.editorSettings.wordsPerMinute);
  const hasStory = useApp((s) => s.story !== null);
  const counts = useBodyCounts();
  const minutes = counts ? readingMinutes(counts.words, wordsPerMinute) : 0;

  return (
    <footer className="status-bar">
      <span className="status-bar__counts" aria-label="Counts">
        {hasStory && counts
          ? `${plural(counts.words, 'word', 'words')} · ${plural(counts.characters, 'character', 'characters')}${minutes > 0 ? ` · ${minutes} min read` : ''}`
          : ''}
      </span>
      <span
        className={`status-bar__save status-bar__save--${kind}`}
        role="status"
        aria-label="Save state"
        title={savedAt === null ? undefined : `Last saved ${fullTime(new Date(savedAt).toISOString())}`}
      >
        {label}
      </span>
    </footer>
  );
}
