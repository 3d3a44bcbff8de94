import type { Block } from '../model/body';
import { blockText } from '../model/text';

/**
 * The text a diff shows for one body block. Text blocks give their words;
 * images, embeds and link lists give their visible fields, so a changed alt
 * text or URL shows up in a diff even though it is not body text.
 */
export function blockDiffText(block: Block): string {
  switch (block.type) {
    case 'image':
      return [`Image ${block.src}`, block.alt && `Alt: ${block.alt}`, block.caption, block.credit && `Credit: ${block.credit}`]
        .filter((line) => line !== '')
        .join('\n');
    case 'divider':
      return '* * *';
    case 'embed':
      return `Embed: ${block.title ? `${block.title} ` : ''}<${block.url}>`;
    case 'related-links':
      return [`Related: ${block.title}`, ...block.items.map((item) => `${item.title} <${item.url}>`)].join('\n');
    default:
      return blockText(block);
  }
}

/** Equal for two blocks with the same kind and the same words; formatting such as bold is not compared. */
export function blockKey(block: Block): string {
  const level = block.type === 'heading' ? String(block.level) : '';
  return `${block.type}${level}\u0000${blockDiffText(block)}`;
}
