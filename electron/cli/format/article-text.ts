import type { Article } from '../../../shared/model/article';
import type { Block, Inline } from '../../../shared/model/body';
import { articleWordCount } from '../../../shared/model/text';
import { printable } from './terminal';

function inlineText(nodes: readonly Inline[]): string {
  return nodes
    .map((node) => {
      if (!('type' in node)) return node.text;
      const text = inlineText(node.children);
      if (node.type === 'link') return text === node.url ? text : `${text} <${node.url}>`;
      return text;
    })
    .join('');
}

function blockLines(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return inlineText(block.children);
    case 'heading':
      return `${'#'.repeat(block.level)} ${inlineText(block.children)}`;
    case 'bulleted-list':
      return block.children.map((item) => `- ${inlineText(item.children)}`).join('\n');
    case 'numbered-list':
      return block.children.map((item, i) => `${i + 1}. ${inlineText(item.children)}`).join('\n');
    case 'block-quote':
    case 'pull-quote':
      return `> ${inlineText(block.children)}`;
    case 'image':
      return `[Image: ${block.caption || block.alt || block.src}]`;
    case 'divider':
      return '* * *';
    case 'related-links':
      return [`[Related: ${block.title}]`, ...block.items.map((item) => `- ${item.title} <${item.url}>`)].join('\n');
    case 'embed':
      return `[Embed: ${block.title || block.url}] <${block.url}>`;
  }
}

/** A story for reading in a terminal: headline, section, status, word count, then the body. */
export function formatArticleText(article: Article): string {
  const m = article.metadata;
  const head = [
    `Headline: ${m.headline || '(none)'}`,
    `Section:  ${m.section || '(none)'}`,
    `Status:   ${m.status}`,
    `Words:    ${articleWordCount(article)}`,
  ];
  const body = article.body.map(blockLines).filter((text) => text.trim() !== '');
  return printable([...head, '', ...body.flatMap((text, i) => (i === 0 ? [text] : ['', text]))].join('\n'));
}
