import { StatusControl } from '../review/StatusControl';
import { useApp } from '../../store';
import { BylinesField } from './BylinesField';
import { DatelineField } from './DatelineField';
import { HeadlineField, noNewline } from './HeadlineField';
import { LanguageFields } from './LanguageFields';
import { SlugField } from './SlugField';
import { TagsField } from './TagsField';
import { useMetadata } from './use-metadata';
import './story-fields.css';

/** Everything above the body: kicker, headline, standfirst, social headline, bylines, dateline, slug, tags, language. */
export function StoryFields() {
  const section = useMetadata('section', '');
  const direction = useMetadata('direction', 'ltr');
  const language = useMetadata('language', 'en');
  const headline = useMetadata('headline', '');
  const standfirst = useMetadata('standfirst', '');
  const socialHeadline = useMetadata('socialHeadline', '');
  const editField = useApp((s) => s.editField);
  const timeline = useApp((s) => s.timeline);

  return (
    // Moving to another field ends a typing step for undo.
    <div className="story-fields" dir={direction} lang={language} onBlur={() => timeline.seal()}>
      <div className="story-fields__row">
        <input
          className="field field--section"
          aria-label="Section"
          placeholder="Section / kicker"
          dir={direction}
          value={section}
          maxLength={200}
          onChange={(e) => editField('section', { section: e.target.value })}
        />
        <LanguageFields />
        <StatusControl />
      </div>
      <HeadlineField dir={direction} />
      <textarea
        className="field field--standfirst"
        aria-label="Standfirst"
        placeholder="Standfirst"
        dir={direction}
        rows={1}
        value={standfirst}
        maxLength={5000}
        onKeyDown={noNewline}
        onChange={(e) => editField('standfirst', { standfirst: e.target.value.replace(/\r?\n/g, ' ') })}
      />
      <div className="story-meta">
        <div className="meta-field meta-field--wide">
          <span className="meta-field__label">SEO / social headline</span>
          <input
            className="meta-input"
            aria-label="Social headline"
            placeholder={headline.trim() === '' ? 'Same as the headline' : headline}
            title="Leave empty to use the headline"
            dir={direction}
            value={socialHeadline}
            maxLength={1000}
            onChange={(e) => editField('socialHeadline', { socialHeadline: e.target.value })}
          />
        </div>
        <BylinesField />
        <DatelineField dir={direction} />
        <SlugField />
        <TagsField />
      </div>
    </div>
  );
}
