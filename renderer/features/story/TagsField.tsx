import { useState, type KeyboardEvent } from 'react';
import { useApp } from '../../store';
import { useMetadata } from './use-metadata';

const MAX_TAGS = 100;
const MAX_TAG_LENGTH = 100;
const NONE: string[] = [];
/** Commas end a tag: the Latin one and the Arabic one. */
const SEPARATORS = /[,\u060C]/;

/** Adds the new tags in `words` that are not there yet (compared without case). */
function withTags(tags: string[], words: string[]): string[] {
  const seen = new Set(tags.map((t) => t.toLocaleLowerCase()));
  const next = [...tags];
  for (const raw of words) {
    const tag = raw.trim().replace(/\s+/g, ' ').slice(0, MAX_TAG_LENGTH);
    if (tag === '' || seen.has(tag.toLocaleLowerCase()) || next.length >= MAX_TAGS) continue;
    seen.add(tag.toLocaleLowerCase());
    next.push(tag);
  }
  return next;
}

/** Tags as chips: Enter or a comma adds one, Backspace in the empty box removes the last. */
export function TagsField() {
  const tags = useMetadata('tags', NONE);
  const editField = useApp((s) => s.editField);
  const [draft, setDraft] = useState('');

  const add = (words: string[]) => {
    const next = withTags(tags, words);
    if (next.length !== tags.length) editField('tags', { tags: next }, true);
  };
  const remove = (index: number) => editField('tags', { tags: tags.filter((_, i) => i !== index) }, true);

  const onChange = (value: string) => {
    if (!SEPARATORS.test(value)) {
      setDraft(value);
      return;
    }
    const parts = value.split(SEPARATORS);
    setDraft(parts.pop() ?? '');
    add(parts);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add([draft]);
      setDraft('');
    } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
      event.preventDefault();
      remove(tags.length - 1);
    }
  };

  return (
    <div className="meta-field meta-field--tags">
      <span className="meta-field__label">Tags</span>
      <div className="tags">
        <ul className="tags__list" aria-label="Tags">
          {tags.map((tag, i) => (
            <li key={tag} className="tag">
              <bdi className="tag__text" dir="auto">
                {tag}
              </bdi>
              <button type="button" className="tag__remove" aria-label={`Remove tag ${tag}`} onClick={() => remove(i)}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <input
          className="meta-input tags__input"
          aria-label="Add tag"
          placeholder={tags.length === 0 ? 'Add tags' : 'Add tag'}
          dir="auto"
          value={draft}
          maxLength={MAX_TAG_LENGTH * 4}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => {
            if (draft.trim() !== '') add([draft]);
            setDraft('');
          }}
        />
      </div>
    </div>
  );
}
