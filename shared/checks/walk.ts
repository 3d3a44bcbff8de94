import type { Block, Inline } from '../model/body';

type QuoteInline = Extract<Inline, { type: 'quote' }>;
type LinkInline = Extract<Inline, { type: 'link' }>;

/** A list of inline nodes in the body: a paragraph, heading, quote block or list item. */
export interface InlineContainer {
  path: number[];
  block: Block;
  children: readonly Inline[];
}

/** An inline node with its body path. */
export interface Located<T> {
  node: T;
  path: number[];
}

const BLOCK_LABELS: Record<string, string> = {
  paragraph: 'paragraph',
  heading: 'heading',
  'bulleted-list': 'list',
  'numbered-list': 'list',
  'block-quote': 'block quote',
  'pull-quote': 'pull quote',
  image: 'image',
  divider: 'divider',
  'related-links': 'related links',
  embed: 'embed',
};

/** Where a body path points, for messages: "block 3 (paragraph)", "block 2 (list), item 4". */
export function describePath(body: readonly Block[], path: readonly number[]): string {
  const index = path[0] ?? 0;
  const block = body[index];
  const label = block ? (BLOCK_LABELS[block.type] ?? block.type) : 'block';
  const base = `block ${index + 1} (${label})`;
  const isList = block?.type === 'bulleted-list' || block?.type === 'numbered-list';
  return isList && path.length > 1 ? `${base}, item ${(path[1] ?? 0) + 1}` : base;
}

/** Every run of inline content in the body, in reading order. */
export function inlineContainers(body: readonly Block[]): InlineContainer[] {
  const out: InlineContainer[] = [];
  body.forEach((block, b) => {
    if (!block || !Array.isArray((block as { children?: unknown }).children)) return;
    switch (block.type) {
      case 'bulleted-list':
      case 'numbered-list':
        block.children.forEach((item, i) => {
          if (Array.isArray(item?.children)) out.push({ path: [b, i], block, children: item.children });
        });
        return;
      case 'paragraph':
      case 'heading':
      case 'block-quote':
      case 'pull-quote':
        out.push({ path: [b], block, children: block.children });
        return;
      default:
        return;
    }
  });
  return out;
}

function isElement(node: Inline): node is QuoteInline | LinkInline {
  return typeof node === 'object' && node !== null && 'type' in node && Array.isArray((node as { children?: unknown }).children);
}

/** The plain text of some inline nodes. */
export function inlinesText(nodes: readonly Inline[]): string {
  return nodes.map((node) => (isElement(node) ? inlinesText(node.children) : typeof node?.text === 'string' ? node.text : '')).join('');
}

/** Every inline quote node in the body with its path. */
export function quoteInlines(body: readonly Block[]): Located<QuoteInline>[] {
  const out: Located<QuoteInline>[] = [];
  for (const container of inlineContainers(body)) {
    container.children.forEach((node, c) => {
      if (isElement(node) && node.type === 'quote') out.push({ node, path: [...container.path, c] });
    });
  }
  return out;
}

/** Every link node in the body, inside quotes too, with its path. */
export function linkInlines(body: readonly Block[]): Located<LinkInline>[] {
  const out: Located<LinkInline>[] = [];
  const visit = (nodes: readonly Inline[], path: number[]) => {
    nodes.forEach((node, c) => {
      if (!isElement(node)) return;
      if (node.type === 'link') out.push({ node, path: [...path, c] });
      else visit(node.children, [...path, c]);
    });
  };
  for (const container of inlineContainers(body)) visit(container.children, container.path);
  return out;
}

/**
 * The text of a container outside inline quote nodes, as separate pieces:
 * text before and after a tagged quote is never joined into one run.
 */
export function textOutsideQuotes(children: readonly Inline[]): string[] {
  const pieces: string[] = [''];
  for (const node of children) {
    if (isElement(node) && node.type === 'quote') pieces.push('');
    else pieces[pieces.length - 1] += inlinesText([node]);
  }
  return pieces.filter((piece) => piece !== '');
}

/** The first words of a text, for a message. */
export function snippet(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length > max ? `${chars.slice(0, max - 1).join('').trimEnd()}…` : flat;
}
