import { useMemo } from 'react';
import type { Editor } from 'slate';
import type { Article, Person } from '../../../shared/model/article';
import { pendingSuggestions } from '../../../shared/review/suggestions';
import { fullTime } from '../../app/format';
import { getActiveEditor } from '../../editor/active-editor';
import {
  acceptAllSuggestions,
  acceptSuggestion,
  rejectAllSuggestions,
  rejectSuggestion,
  resolveSuggestionsBy,
} from '../../editor/transforms/suggestions';

function who(person: Person): string {
  return person.name || person.initials || 'Someone';
}

const run = (action: (editor: Editor) => unknown) => () => {
  const editor = getActiveEditor();
  if (editor) action(editor);
};

/** The pending suggestions of the story, each to accept or reject, and all at once or by author. */
export function SuggestionsSection({ article }: { article: Article }) {
  const { body } = article;
  const pending = useMemo(() => pendingSuggestions({ body }), [body]);
  const authors = [...new Map(pending.map((s) => [`${s.by.name}\u0000${s.by.initials}`, s.by])).values()];
  return (
    <section aria-label="Suggestions">
      <header className="review-panel__header">
        <h3 className="review-panel__title">Suggestions ({pending.length})</h3>
        {pending.length > 0 && (
          <span className="suggestion-list__all">
            <button type="button" className="button button--small" onClick={run(acceptAllSuggestions)}>
              Accept all
            </button>
            <button type="button" className="button button--small button--quiet" onClick={run(rejectAllSuggestions)}>
              Reject all
            </button>
          </span>
        )}
      </header>
      {pending.length === 0 ? (
        <p className="review-panel__hint">No pending suggestions. Turn on Suggest changes in the toolbar to suggest edits.</p>
      ) : (
        <>
          {authors.length > 1 &&
            authors.map((person) => (
              <p key={`${person.name}|${person.initials}`} className="suggestion-list__by">
                {who(person)}:{' '}
                <button type="button" className="button button--small" onClick={run((e) => resolveSuggestionsBy(e, person, true))}>
                  Accept all by {who(person)}
                </button>{' '}
                <button type="button" className="button button--small button--quiet" onClick={run((e) => resolveSuggestionsBy(e, person, false))}>
                  Reject all by {who(person)}
                </button>
              </p>
            ))}
          <ul className="suggestion-list">
            {pending.map((s) => (
              <li key={s.id} className={`suggestion-item suggestion-item--${s.kind}`} aria-label={`${s.kind === 'insert' ? 'Insertion' : 'Deletion'} by ${who(s.by)}`}>
                <span className="suggestion-item__meta">
                  {s.kind === 'insert' ? 'Insert' : 'Delete'} · {who(s.by)} · <time dateTime={s.at}>{fullTime(s.at)}</time>
                </span>
                <q className={`suggestion--${s.kind}`} dir="auto">
                  {s.text}
                </q>
                <span className="suggestion-item__actions">
                  <button type="button" className="button button--small" onClick={run((e) => acceptSuggestion(e, s.id))}>
                    Accept
                  </button>
                  <button type="button" className="button button--small button--quiet" onClick={run((e) => rejectSuggestion(e, s.id))}>
                    Reject
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
