import { createHyperscript } from 'slate-hyperscript';

const create = createHyperscript({
  elements: {
    p: { type: 'paragraph' },
    h2: { type: 'heading', level: 2 },
    h3: { type: 'heading', level: 3 },
    ul: { type: 'bulleted-list' },
    ol: { type: 'numbered-list' },
    li: { type: 'list-item' },
    blockquote: { type: 'block-quote' },
    pullquote: { type: 'pull-quote' },
    image: { type: 'image' },
    divider: { type: 'divider' },
    related: { type: 'related-links' },
    embed: { type: 'embed' },
    link: { type: 'link' },
    quote: { type: 'quote' },
  },
});

/**
 * `jsx` for fixtures: story elements by short names (`<p>`, `<h2>`, `<ul>`, `<li>`, `<link url>`, …).
 * The development JSX transform adds `__self` and `__source`; they are not part of any node.
 */
export function jsx(tag: string, attributes: Record<string, unknown> | null, ...children: unknown[]): ReturnType<typeof create> {
  const { __self: _self, __source: _source, ...rest } = attributes ?? {};
  return create(tag as Parameters<typeof create>[0], rest, ...children);
}
