import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Speaker } from '../../../shared/model/article';
import { filterCast, findSpeaker, speakerColor, speakerName } from './cast';

/** What the picker hands back: a cast member, or a name for a new one. */
export type PickedSpeaker = { id: string } | { newName: string };

interface SpeakerPickerProps {
  cast: readonly Speaker[];
  /** The speaker the quote has now, marked in the list. */
  current?: string | null;
  /** A name to offer first (the one the text suggests). */
  suggested?: string | null;
  onPick: (picked: PickedSpeaker) => void;
  onCancel: () => void;
}

type Option = { kind: 'speaker'; speaker: Speaker } | { kind: 'new'; name: string };

/** A type-ahead list of the cast; typing a name nobody has offers to add that person. */
export function SpeakerPicker({ cast, current, suggested, onPick, onCancel }: SpeakerPickerProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  useEffect(() => input.current?.focus(), []);

  const options = useMemo<Option[]>(() => {
    const found: Option[] = filterCast(cast, query).map((speaker) => ({ kind: 'speaker', speaker }));
    // A typed name nobody in the cast goes by can be added; so can the name the text suggests.
    const name = query.trim() ? (found.length === 0 ? query.trim() : '') : (suggested ?? '');
    if (name && !findSpeaker(cast, name)) found.push({ kind: 'new', name });
    if (!query.trim() && suggested) {
      const hit = findSpeaker(cast, suggested);
      if (hit) found.sort((a, b) => Number(b.kind === 'speaker' && b.speaker.id === hit.id) - Number(a.kind === 'speaker' && a.speaker.id === hit.id));
    }
    return found;
  }, [cast, query, suggested]);
  const at = Math.min(active, Math.max(options.length - 1, 0));

  const pick = (option: Option | undefined) => {
    if (!option) return;
    onPick(option.kind === 'speaker' ? { id: option.speaker.id } : { newName: option.name });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (options.length) setActive((at + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(options[at]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };

  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <div className="speaker-picker">
      <input
        ref={input}
        className="speaker-picker__input"
        type="text"
        role="combobox"
        aria-label="Speaker"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={options.length ? optionId(at) : undefined}
        aria-autocomplete="list"
        placeholder={cast.length ? 'Type a name…' : 'Name of the speaker…'}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} className="speaker-picker__list" role="listbox" aria-label="Speakers">
        {options.map((option, i) => (
          <li
            key={option.kind === 'speaker' ? option.speaker.id : `new:${option.name}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === at}
            className={`speaker-picker__option${i === at ? ' speaker-picker__option--active' : ''}`}
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setActive(i)}
            onClick={() => pick(option)}
          >
            {option.kind === 'speaker' ? (
              <>
                <span className="speaker-dot" style={{ background: speakerColor(option.speaker.id, cast) }} aria-hidden="true" />
                <span className="speaker-picker__name">{speakerName(option.speaker)}</span>
                {option.speaker.role && <span className="speaker-picker__role">{option.speaker.role}</span>}
                {option.speaker.id === current && <span className="speaker-picker__current">current</span>}
              </>
            ) : (
              <span className="speaker-picker__new">Add “{option.name}” as speaker</span>
            )}
          </li>
        ))}
        {options.length === 0 && <li className="speaker-picker__empty">No speakers yet. Type a name.</li>}
      </ul>
    </div>
  );
}
