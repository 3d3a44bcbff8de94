import type { EmbedElement } from '../custom-types';
import { openLink } from '../open-link';
import { Icon } from '../ui/icons';
import { DraftField } from '../ui/DraftField';
import { hostOf, normalizeUrl } from '../url';
import type { ElementProps } from './types';
import { useElementUpdate } from './use-element-update';
import { VoidFrame } from './VoidFrame';

const urlProblem = (draft: string) => (normalizeUrl(draft) ? null : 'Use a web (http, https) or mail address.');

/** An embed kept as a link card: the address and a title, never the remote page itself. */
export function EmbedBlock(props: ElementProps<EmbedElement>) {
  const { element } = props;
  const update = useElementUpdate(element);
  const host = hostOf(element.url) || element.url;
  const body = (
    <div className="embed-card">
      <div className="embed-card__icon" aria-hidden="true">
        <Icon name="embed" />
      </div>
      <div className="embed-card__main">
        <DraftField
          value={element.title}
          onChange={(title) => update({ title }, 'title')}
          label="Embed title"
          placeholder={`Title for ${host}`}
          maxLength={500}
          className="void-field--title"
        />
        <div className="embed-card__url">
          <DraftField
            value={element.url}
            onChange={(url) => update({ url }, 'url')}
            label="Embed address"
            placeholder="https://"
            maxLength={2048}
            dir="ltr"
            validate={urlProblem}
            normalize={(draft) => normalizeUrl(draft) ?? draft}
          />
          <button type="button" className="void-button" title="Open in browser" aria-label="Open embed in browser" onClick={() => openLink(element.url)}>
            <Icon name="external" />
          </button>
        </div>
      </div>
    </div>
  );
  return <VoidFrame {...props} kind="Embed" detail={host} className="block-card--embed" body={body} />;
}
