import { useDeferredValue, useMemo } from 'react';
import { countCharacters, countWords } from '../../../shared/text/count';
import { blockText, bodyText } from '../../../shared/model/text';
import { clockTime, plural } from '../../app/format';
import { useApp } from '../../store';
import { saveLabel, type SaveLabel } from '../../store/story-slice';

function describe(label: SaveLabel): string {
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

/** Word and character counts of the body, and the save state. */
export function StatusBar() {
  const body = useApp((s) => s.story?.article.body ?? null);
  const label = useApp((s) => (s.story ? describe(saveLabel(s.story)) : ''));
  const kind = useApp((s) => (s.story ? saveLabel(s.story).kind : 'none'));
  const deferred = useDeferredValue(body);
  const counts = useMemo(() => {
    if (!deferred) return null;
    const characters = deferred.reduce((n, block) => n + countCharacters(blockText(block)), 0);
    return { words: countWords(bodyText({ body: deferred })), characters };
  }, [deferred]);

  return (
    <footer className="status-bar">
      <span className="status-bar__counts" aria-label="Counts">
        {counts ? `${plural(counts.words, 'word', 'words')} · ${plural(counts.characters, 'character', 'characters')}` : ''}
      </span>
      <span className={`status-bar__save status-bar__save--${kind}`} role="status" aria-label="Save state">
        {label}
      </span>
    </footer>
  );
}
