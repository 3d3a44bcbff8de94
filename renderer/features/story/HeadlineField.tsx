import { useId, type KeyboardEvent } from 'react';
import { countCharacters } from '../../../shared/text/count';
import { formatCount } from '../../app/format';
import { useApp, useAppStore } from '../../store';
import { headlinePatch } from './headline-slug';
import { useMetadata } from './use-metadata';

/** Enter does not make a new line in a one-line field. */
export const noNewline = (event: KeyboardEvent) => {
  if (event.key === 'Enter') event.preventDefault();
};

/** The headline, with its length against the newsroom's limit. */
export function HeadlineField({ dir }: { dir: 'ltr' | 'rtl' }) {
  const store = useAppStore();
  const headline = useMetadata('headline', '');
  const limit = useApp((s) => s.editorSettings.headlineLimit);
  const editField = useApp((s) => s.editField);
  const countId = useId();
  const length = countCharacters(headline);
  const over = length - limit;

  const onChange = (value: string) => {
    const metadata = store.getState().story?.article.metadata;
    if (metadata) editField('headline', headlinePatch(metadata, value.replace(/\r?\n/g, ' ')));
  };

  return (
    <div className="headline-field">
      <textarea
        className="field field--headline"
        aria-label="Headline"
        aria-describedby={countId}
        aria-invalid={over > 0 || undefined}
        placeholder="Headline"
        dir={dir}
        rows={1}
        value={headline}
        maxLength={1000}
        onKeyDown={noNewline}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={countId} className={`field-count${over > 0 ? ' field-count--over' : ''}`} aria-label="Headline length">
        {/* The app speaks English: its own words read left to right in a right-to-left story too. */}
        <span dir="ltr">
          {over > 0
            ? `${formatCount(length)}/${formatCount(limit)} · ${formatCount(over)} over the limit`
            : `${formatCount(length)}/${formatCount(limit)}`}
        </span>
      </p>
    </div>
  );
}
