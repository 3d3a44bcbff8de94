import { useEffect, useState } from 'react';
import type { ImageElement } from '../custom-types';
import { DraftField } from '../ui/DraftField';
import { useEditorServices } from './services';
import type { ElementProps } from './types';
import { useElementUpdate } from './use-element-update';
import { VoidFrame } from './VoidFrame';

type Loaded = { src: string; url: string | null };

/** An image of the workspace with its caption, credit and alt text, edited in place. */
export function ImageBlock(props: ElementProps<ImageElement>) {
  const { element } = props;
  const { imageUrl } = useEditorServices();
  const update = useElementUpdate(element);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let live = true;
    void imageUrl(element.src).then((url) => {
      if (live) setLoaded({ src: element.src, url });
    });
    return () => {
      live = false;
    };
  }, [imageUrl, element.src]);

  const state = loaded?.src === element.src ? loaded : null;
  const picture = !state ? (
    <div className="image-block__placeholder">Loading image…</div>
  ) : state.url ? (
    <img className="image-block__img" src={state.url} alt={element.alt} draggable={false} />
  ) : (
    <div className="image-block__placeholder image-block__placeholder--missing" role="alert">
      {element.src} cannot be shown. Is it still in the assets folder?
    </div>
  );

  const body = (
    <figure className="image-block">
      {picture}
      <figcaption className="image-block__fields">
        <DraftField
          value={element.caption}
          onChange={(caption) => update({ caption }, 'caption')}
          label="Caption"
          placeholder="Caption"
          maxLength={4000}
          multiline
          className="void-field--caption"
        />
        <div className="image-block__row">
          <DraftField value={element.credit} onChange={(credit) => update({ credit }, 'credit')} label="Credit" placeholder="Credit" maxLength={500} />
          <DraftField
            value={element.alt}
            onChange={(alt) => update({ alt }, 'alt')}
            label="Alt text"
            placeholder="Alt text: describe the image for readers who cannot see it"
            maxLength={2000}
            className={element.alt.trim() === '' ? 'void-field--wanted' : undefined}
          />
        </div>
      </figcaption>
    </figure>
  );
  return <VoidFrame {...props} kind="Image" className="block-card--image" body={body} />;
}
