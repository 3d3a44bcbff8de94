import { slugify } from '../../../shared/util/slug';
import { useApp } from '../../store';
import { typedSlug } from './headline-slug';
import { useMetadata } from './use-metadata';

/** The slug: made from the headline until edited by hand; Reset makes it again. */
export function SlugField() {
  const slug = useMetadata('slug', '');
  const headline = useMetadata('headline', '');
  const editField = useApp((s) => s.editField);
  const derived = slugify(headline);
  return (
    <div className="meta-field meta-field--slug">
      <span className="meta-field__label">Slug</span>
      <div className="meta-field__row">
        <input
          className="meta-input slug__input"
          aria-label="Slug"
          dir="auto"
          value={slug}
          maxLength={200}
          spellCheck={false}
          onChange={(e) => editField('slug', { slug: typedSlug(e.target.value) })}
        />
        {slug !== derived && (
          <button
            type="button"
            className="button button--quiet button--small"
            title="Make the slug from the headline again"
            onClick={() => editField('slug', { slug: derived }, true)}
          >
            Reset
          </button>
        )}
      </div>
    </div>
  );
}
