import type { ReactNode } from 'react';
import type { RenderElementProps, RenderLeafProps } from 'slate-react';

function VoidBox(props: RenderElementProps & { label: string }) {
  return (
    <div {...props.attributes} className="void-block">
      <div contentEditable={false} className="void-block__label">
        {props.label}
      </div>
      {props.children as ReactNode}
    </div>
  );
}

/** Draws one element of the story body. */
export function renderElement(props: RenderElementProps) {
  const { attributes, element } = props;
  const children = props.children as ReactNode;
  switch (element.type) {
    case 'heading':
      return element.level === 2 ? <h2 {...attributes}>{children}</h2> : <h3 {...attributes}>{children}</h3>;
    case 'bulleted-list':
      return <ul {...attributes}>{children}</ul>;
    case 'numbered-list':
      return <ol {...attributes}>{children}</ol>;
    case 'list-item':
      return <li {...attributes}>{children}</li>;
    case 'block-quote':
      return <blockquote {...attributes}>{children}</blockquote>;
    case 'pull-quote':
      return (
        <blockquote {...attributes} className="pull-quote">
          {children}
        </blockquote>
      );
    case 'image':
      return <VoidBox {...props} label={`Image: ${element.caption || element.alt || element.src}`} />;
    case 'divider':
      return (
        <div {...attributes}>
          <hr contentEditable={false} />
          {children}
        </div>
      );
    case 'related-links':
      return <VoidBox {...props} label={`Related links${element.title ? `: ${element.title}` : ''} (${element.items.length})`} />;
    case 'embed':
      return <VoidBox {...props} label={`Embed: ${element.title || element.url}`} />;
    case 'link':
      return (
        <span {...attributes} className="inline-link" title={element.url}>
          {children}
        </span>
      );
    case 'quote':
      return (
        <span {...attributes} className="inline-quote">
          {children}
        </span>
      );
    default:
      return <p {...attributes}>{children}</p>;
  }
}

/** Draws a run of text with its marks. */
export function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  let out = children as ReactNode;
  if (leaf.bold) out = <strong>{out}</strong>;
  if (leaf.italic) out = <em>{out}</em>;
  if (leaf.strikethrough) out = <s>{out}</s>;
  return <span {...attributes}>{out}</span>;
}
