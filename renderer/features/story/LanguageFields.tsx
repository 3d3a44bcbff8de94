import { useApp } from '../../store';
import { directionOf, LANGUAGES } from './languages';
import { useMetadata } from './use-metadata';

/** The story's language (which also sets its direction) and a way to override the direction. */
export function LanguageFields() {
  const language = useMetadata('language', 'en');
  const direction = useMetadata('direction', 'ltr');
  const editField = useApp((s) => s.editField);
  const known = LANGUAGES.some((l) => l.code === language);
  return (
    <>
      <select
        className="select select--quiet"
        aria-label="Language"
        title="Language of the story"
        dir="ltr"
        value={language}
        onChange={(e) => editField('language', { language: e.target.value, direction: directionOf(e.target.value) }, true)}
      >
        {!known && <option value={language}>{language}</option>}
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code}>
            {l.name}
          </option>
        ))}
      </select>
      <select
        className="select select--quiet"
        aria-label="Text direction"
        title="Text direction"
        dir="ltr"
        value={direction}
        onChange={(e) => editField('direction', { direction: e.target.value === 'rtl' ? 'rtl' : 'ltr' }, true)}
      >
        <option value="ltr">Left to right</option>
        <option value="rtl">Right to left</option>
      </select>
    </>
  );
}
