import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { FindController } from '../find/use-find';
import { formatHotkey } from '../hotkeys';
import { Icon } from './icons';

function Toggle({ label, glyph, pressed, onToggle }: { label: string; glyph: string; pressed: boolean; onToggle: () => void }) {
  return (
    <button type="button" className="find-bar__toggle" aria-pressed={pressed} title={label} aria-label={label} onClick={onToggle}>
      {glyph}
    </button>
  );
}

/** Find and replace over the whole story body. */
export function FindBar({ find }: { find: FindController }) {
  const queryRef = useRef<HTMLInputElement>(null);
  const { fields, matches, current, setFields } = find;

  useEffect(() => {
    queryRef.current?.focus();
    queryRef.current?.select();
  }, [find.focusRequest]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      find.close();
    }
  };
  const onQueryKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (event.shiftKey) find.previous();
    else find.next();
  };
  const onReplaceKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (event.ctrlKey || event.metaKey) find.replaceEvery();
    else find.replaceOne();
  };

  const count = fields.query === '' ? '' : matches.length === 0 ? 'No results' : `${current + 1} of ${matches.length}`;
  return (
    <div className="find-bar" role="search" aria-label="Find and replace" onKeyDown={onKeyDown}>
      <div className="find-bar__row">
        <Icon name="search" />
        <input
          ref={queryRef}
          className="find-bar__input"
          aria-label="Find"
          placeholder="Find"
          value={fields.query}
          onChange={(e) => setFields({ query: e.target.value })}
          onKeyDown={onQueryKey}
        />
        <span className="find-bar__count" role="status" aria-live="polite">
          {find.note || count}
        </span>
        <Toggle label="Match case" glyph="Aa" pressed={fields.matchCase} onToggle={() => setFields({ matchCase: !fields.matchCase })} />
        <Toggle label="Whole word" glyph="W" pressed={fields.wholeWord} onToggle={() => setFields({ wholeWord: !fields.wholeWord })} />
        <button type="button" className="icon-button find-bar__nav" title="Previous match (Shift+Enter)" aria-label="Previous match" disabled={matches.length === 0} onClick={find.previous}>
          <Icon name="up" />
        </button>
        <button type="button" className="icon-button find-bar__nav" title="Next match (Enter)" aria-label="Next match" disabled={matches.length === 0} onClick={find.next}>
          <Icon name="down" />
        </button>
        {!find.showReplace && (
          <button type="button" className="button button--quiet button--small" title={`Replace (${formatHotkey('mod+h')})`} onClick={() => find.show(true)}>
            Replace…
          </button>
        )}
        <button type="button" className="icon-button find-bar__nav" title="Close (Escape)" aria-label="Close find" onClick={find.close}>
          <Icon name="close" />
        </button>
      </div>
      {find.showReplace && (
        <div className="find-bar__row">
          <Icon name="replace" />
          <input
            className="find-bar__input"
            aria-label="Replace with"
            placeholder="Replace with"
            value={fields.replacement}
            onChange={(e) => setFields({ replacement: e.target.value })}
            onKeyDown={onReplaceKey}
          />
          <button type="button" className="button button--small" disabled={matches.length === 0} onClick={find.replaceOne}>
            Replace
          </button>
          <button type="button" className="button button--small" disabled={matches.length === 0} onClick={find.replaceEvery}>
            Replace all
          </button>
        </div>
      )}
    </div>
  );
}
