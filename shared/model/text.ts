import type { Article } from './article';
import type { Block, Inline } from './body';
import { countWords } from '../text/count';

/** The plain text of inline nodes, marks and links dropped. */
export function inlineText(nodes: readonly Inline[]): string {
  let out = '';
  for (const node of nodes) out += 'children' in node ? inlineText(node.children) : node.text;
  return out;
}

/** The plain text of one body block ('' for images, dividers and other voids). */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'bulleted-list':
    case 'numbered-list':
      return block.children.map((item) => inlineText(item.children)).join('\n');
    case 'image':
      return block.caption;
    case 'divider':
    case 'related-links':
    case 'embed':
      return '';
    default:
      return inlineText(block.children);
  }
}

/** The body as plain text, one block per paragraph. */
export function bodyText(article: Pick<Article, 'body'>): string {
  return article.body.map(blockText).filter((t) => t !== '').join('\n\n');
}

/** Word count of the body, the number the library and status bar show. */
export function articleWordCount(article: Pick<Article, 'body'>): number {
  return countWords(bodyText(article));
}
