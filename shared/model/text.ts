import type { Article } from './article';
import type { Block, Inline } from './body';
import { countWords } from '../text/count';

function inlineText(node: Inline): string {
  return 'children' in node ? node.children.map(inlineText).join('') : node.text;
}

/** The plain text of one body block ('' for images, dividers and other voids). */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'bulleted-list':
    case 'numbered-list':
      return block.children.map((item) => item.children.map(inlineText).join('')).join('\n');
    case 'image':
      return block.caption;
    case 'divider':
    case 'related-links':
    case 'embed':
      return '';
    default:
      return block.children.map(inlineText).join('');
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
