import type { CSSProperties, ReactNode } from 'react';
import type { RenderElementProps, RenderLeafProps } from 'slate-react';
import { Divider } from './elements/Divider';
import { EmbedBlock } from './elements/EmbedBlock';
import { Heading } from './elements/Heading';
import { ImageBlock } from './elements/ImageBlock';
import { Link } from './elements/Link';
import { List } from './elements/List';
import { ListItem } from './elements/ListItem';
import { Paragraph } from './elements/Paragraph';
import { InlineQuote } from './elements/InlineQuote';
import { QuoteBlock } from './elements/QuoteBlock';
import { RelatedLinksBlock } from './elements/RelatedLinksBlock';
import type { DecoratedRange } from './decorations';
import type { FindMark } from './find/decorate';

/** Draws one element of the story body with the component of its type. */
export function renderElement(props: RenderElementProps) {
  const { element } = props;
  switch (element.type) {
    case 'paragraph':
      return <Paragraph {...props} element={element} />;
    case 'heading':
      return <Heading {...props} element={element} />;
    case 'bulleted-list':
    case 'numbered-list':
      return <List {...props} element={element} />;
    case 'list-item':
      return <ListItem {...props} element={element} />;
    case 'block-quote':
    case 'pull-quote':
      return <QuoteBlock {...props} element={element} />;
    case 'image':
      return <ImageBlock {...props} element={element} />;
    case 'divider':
      return <Divider {...props} element={element} />;
    case 'related-links':
      return <RelatedLinksBlock {...props} element={element} />;
    case 'embed':
      return <EmbedBlock {...props} element={element} />;
    case 'link':
      return <Link {...props} element={element} />;
    case 'quote':
      return <InlineQuote {...props} element={element} />;
  }
}

/** A stable hue for a person, so each author's suggestions have their own colour. */
export function authorHue(name: string): number {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.codePointAt(0)!) % 360;
  return hash;
}

/** Draws a run of text with its marks and any find highlight. */
export function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  let out = children as ReactNode;
  if (leaf.bold) out = <strong>{out}</strong>;
  if (leaf.italic) out = <em>{out}</em>;
  if (leaf.strikethrough) out = <s>{out}</s>;
  const find = (leaf as FindMark).find;
  const classes = [find === 'current' ? 'find-match find-match--current' : find === 'match' ? 'find-match' : ''];
  // Other decorations (quote suggestions, comments) come as DecoratedRange fields on the leaf.
  const decorated = leaf as Partial<Pick<DecoratedRange, 'className' | 'title' | 'data'>>;
  if (decorated.className) classes.push(decorated.className);
  // Comment anchors are marks of the text itself, so they move with it.
  if (leaf.comments?.length) classes.push('comment-anchor');
  const data: Record<string, string> = decorated.data ? Object.fromEntries(Object.entries(decorated.data).map(([k, v]) => [`data-${k}`, v])) : {};
  if (leaf.comments?.length) data['data-comments'] = leaf.comments.join(' ');
  const suggestion = leaf.suggestion;
  if (suggestion) {
    classes.push(`suggestion suggestion--${suggestion.kind}`);
    data['data-suggestion'] = suggestion.id;
  }
  const className = classes.filter(Boolean).join(' ') || undefined;
  const style = suggestion ? ({ '--suggestion-hue': authorHue(suggestion.by.name || suggestion.by.initials) } as CSSProperties) : undefined;
  const title = suggestion ? `${suggestion.kind === 'insert' ? 'Inserted' : 'Deleted'} by ${suggestion.by.name || suggestion.by.initials || 'someone'}` : decorated.title;
  return (
    <span {...attributes} {...data} className={className} title={title} style={style}>
      {out}
    </span>
  );
}
