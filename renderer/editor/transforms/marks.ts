import { Editor } from 'slate';
import type { MARKS } from '../schema';

/** A text mark: bold, italic or strikethrough. */
export type Mark = (typeof MARKS)[number];

/** True when the text at the selection (or typed next) carries `mark`. */
export function isMarkActive(editor: Editor, mark: Mark): boolean {
  return Editor.marks(editor)?.[mark] === true;
}

/** Adds `mark` to the selection, or removes it when the selection already carries it. */
export function toggleMark(editor: Editor, mark: Mark): void {
  if (isMarkActive(editor, mark)) Editor.removeMark(editor, mark);
  else Editor.addMark(editor, mark, true);
}
