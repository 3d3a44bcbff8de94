import type { KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { STATUSES, type Status } from '../../../shared/model/article';
import { statusLabel } from '../../app/format';
import { useApp } from '../../store';

const noNewline = (event: KeyboardEvent) => {
  if (event.key === 'Enter') event.preventDefault();
};

/** Headline, section and status of the open story. */
export function StoryFields() {
  const { headline, section, status, direction, language } = useApp(
    useShallow((s) => {
      const m = s.story?.article.metadata;
      return {
        headline: m?.headline ?? '',
        section: m?.section ?? '',
        status: m?.status ?? 'draft',
        direction: m?.direction ?? 'ltr',
        language: m?.language ?? 'en',
      };
    }),
  );
  const editMetadata = useApp((s) => s.editMetadata);

  return (
    <div className="story-fields" dir={direction} lang={language}>
      <div className="story-fields__row">
        <input
          className="field field--section"
          aria-label="Section"
          placeholder="Section"
          dir={direction}
          value={section}
          maxLength={200}
          onChange={(e) => editMetadata({ section: e.target.value })}
        />
        <select
          className="select select--quiet"
          aria-label="Status"
          dir="ltr"
          value={status}
          onChange={(e) => editMetadata({ status: e.target.value as Status })}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <textarea
        className="field field--headline"
        aria-label="Headline"
        placeholder="Headline"
        dir={direction}
        rows={1}
        value={headline}
        maxLength={1000}
        onKeyDown={noNewline}
        onChange={(e) => editMetadata({ headline: e.target.value.replace(/\r?\n/g, ' ') })}
      />
    </div>
  );
}
