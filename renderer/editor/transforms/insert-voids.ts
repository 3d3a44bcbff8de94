import type { Editor, Path } from 'slate';
import { isSafeUrl, type RelatedLink } from '../../../shared/model/body';
import type { EmbedElement, ImageElement, RelatedLinksElement } from '../custom-types';
import { insertVoidBlock } from './insert-block';

const empty = () => [{ text: '' }];

/** The title a new related-links block starts with. */
export const RELATED_LINKS_TITLE = 'Our readers are reading too';

/** Inserts an image block for a file already in the workspace (`assets/…`). */
export function insertImage(editor: Editor, image: { src: string; alt?: string; caption?: string; credit?: string }): Path {
  const block: ImageElement = {
    type: 'image',
    src: image.src,
    alt: image.alt ?? '',
    caption: image.caption ?? '',
    credit: image.credit ?? '',
    children: empty(),
  };
  return insertVoidBlock(editor, block);
}

/** Inserts a divider. */
export function insertDivider(editor: Editor): Path {
  return insertVoidBlock(editor, { type: 'divider', children: empty() });
}

/** Inserts a related-links block; items with unsafe URLs are left out. */
export function insertRelatedLinks(editor: Editor, links: { title?: string; items?: RelatedLink[] } = {}): Path {
  const block: RelatedLinksElement = {
    type: 'related-links',
    title: links.title ?? RELATED_LINKS_TITLE,
    items: (links.items ?? []).filter((item) => isSafeUrl(item.url)),
    children: empty(),
  };
  return insertVoidBlock(editor, block);
}

/** Inserts an embed card for `url`; null (and nothing inserted) unless it is an http, https or mailto URL. */
export function insertEmbed(editor: Editor, url: string, title = ''): Path | null {
  if (!isSafeUrl(url)) return null;
  const block: EmbedElement = { type: 'embed', url, title, children: empty() };
  return insertVoidBlock(editor, block);
}
