import { Editor, Transforms } from 'slate';
import type { Block } from '../../../shared/model/body';
import type { StoryEditor } from '../custom-types';
import { htmlToBlocks } from './html-to-blocks';
import { readSlateFragment } from './slate-fragment';
import { textToBlocks } from './text-to-blocks';

/** The blocks a clipboard or drop carries, best source first; null when it holds no text at all. */
export function blocksFromData(data: DataTransfer): Block[] | null {
  const fragment = readSlateFragment(data);
  if (fragment) return fragment;
  const html = data.getData('text/html');
  if (html.trim() !== '') {
    const blocks = htmlToBlocks(html);
    if (blocks.length > 0) return blocks;
  }
  const text = data.getData('text/plain');
  return text === '' ? null : textToBlocks(text);
}

/** Inserts blocks at the selection (or at the end), as one undo step. */
export function insertBlocks(editor: Editor, blocks: Block[]): void {
  if (blocks.length === 0) return;
  if (!editor.selection) Transforms.select(editor, Editor.end(editor, []));
  Transforms.insertFragment(editor, blocks);
}

/**
 * Pasting and dropping go through our own reading of the clipboard: Word,
 * Google Docs and web HTML are sanitized and mapped to story blocks, plain
 * text is split into paragraphs, and a fragment copied from a story is
 * checked before it goes in. Files are left to the plugins that take them.
 */
export function withPaste(editor: StoryEditor): StoryEditor {
  const { insertData } = editor;
  editor.insertData = (data) => {
    const blocks = blocksFromData(data);
    if (blocks === null) {
      insertData(data);
      return;
    }
    insertBlocks(editor, blocks);
  };
  return editor;
}
