import type { Block } from '../../../shared/model/body';

const MAX_BLOCKS = 100_000;

/** Control characters other than tab and newline never belong in story text. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Plain text as paragraphs: a blank line starts a new paragraph; a single
 * newline inside a paragraph becomes a space, because wire copy and e-mail
 * are wrapped at a fixed width. One paragraph keeps its outer spaces, so a
 * few words pasted mid-sentence stay apart from their neighbours.
 */
export function textToBlocks(text: string): Block[] {
  const clean = text.replace(/\r\n?/g, '\n').replace(CONTROL, '').replace(/^\n+|\n+$/g, '');
  if (clean === '') return [];
  const parts = clean.split(/\n[ \t\u00a0]*\n\s*/);
  if (parts.length === 1) return [{ type: 'paragraph', children: [{ text: clean.replace(/[ \t]*\n[ \t]*/g, ' ') }] }];
  return parts
    .map((part) => part.replace(/\s*\n\s*/g, ' ').trim())
    .filter((part) => part !== '')
    .slice(0, MAX_BLOCKS)
    .map((part) => ({ type: 'paragraph', children: [{ text: part }] }));
}
