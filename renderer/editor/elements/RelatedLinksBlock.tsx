import { useState, type FormEvent } from 'react';
import type { RelatedLink } from '../../../shared/model/body';
import type { RelatedLinksElement } from '../custom-types';
import { DraftField } from '../ui/DraftField';
import { Icon } from '../ui/icons';
import { normalizeUrl } from '../url';
import type { ElementProps } from './types';
import { useElementUpdate } from './use-element-update';
import { VoidFrame } from './VoidFrame';

const MAX_ITEMS = 50;
const urlProblem = (draft: string) => (normalizeUrl(draft) ? null : 'Use a web (http, https) or mail address.');
const stored = (draft: string) => normalizeUrl(draft) ?? draft;

/** "Our readers are reading too": a title and a list of linked headlines, edited in place. */
export function RelatedLinksBlock(props: ElementProps<RelatedLinksElement>) {
  const { element } = props;
  const update = useElementUpdate(element);
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const setItem = (index: number, patch: Partial<RelatedLink>, field: string) => {
    const items = element.items.map((item, i) => (i === index ? { ...item, ...patch } : item));
    update({ items }, `${field}:${index}`);
  };
  const removeItem = (index: number) => update({ items: element.items.filter((_, i) => i !== index) }, 'remove');
  const add = (event: FormEvent) => {
    event.preventDefault();
    const link = normalizeUrl(url);
    if (!link) {
      setProblem('Use a web (http, https) or mail address.');
      return;
    }
    update({ items: [...element.items, { title: title.trim() || link, url: link }] }, 'add');
    setTitle('');
    setUrl('');
    setProblem(null);
  };

  const body = (
    <div className="related-block">
      <DraftField
        value={element.title}
        onChange={(next) => update({ title: next }, 'title')}
        label="Related links title"
        placeholder="Title"
        maxLength={200}
        className="void-field--heading"
      />
      {element.items.length > 0 && (
        <ol className="related-block__items">
          {element.items.map((item, index) => (
            <li key={index} className="related-block__item">
              <DraftField
                value={item.title}
                onChange={(next) => setItem(index, { title: next }, 'title')}
                label={`Headline of link ${index + 1}`}
                placeholder="Headline"
                maxLength={500}
              />
              <DraftField
                value={item.url}
                onChange={(next) => setItem(index, { url: next }, 'url')}
                label={`Address of link ${index + 1}`}
                placeholder="https://"
                maxLength={2048}
                dir="ltr"
                validate={urlProblem}
                normalize={stored}
                className="void-field--url"
              />
              <button type="button" className="void-button" title="Remove link" aria-label={`Remove link ${index + 1}`} onClick={() => removeItem(index)}>
                <Icon name="close" />
              </button>
            </li>
          ))}
        </ol>
      )}
      {element.items.length < MAX_ITEMS && (
        <form className="related-block__add" onSubmit={add}>
          <input
            className="void-field"
            aria-label="Headline of new link"
            placeholder="Headline"
            maxLength={500}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
          <input
            className="void-field void-field--url"
            aria-label="Address of new link"
            aria-invalid={problem ? true : undefined}
            placeholder="https://"
            maxLength={2048}
            dir="ltr"
            value={url}
            onChange={(e) => {
              setUrl(e.target.value);
              setProblem(null);
            }}
          />
          <button type="submit" className="button button--small">
            Add link
          </button>
          {problem && (
            <span className="void-field__error" role="alert">
              {problem}
            </span>
          )}
        </form>
      )}
    </div>
  );
  return <VoidFrame {...props} kind="Related links" className="block-card--related" body={body} />;
}
