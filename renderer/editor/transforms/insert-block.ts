import { Editor, Path, Transforms } from 'slate';
import type { VoidElement } from '../custom-types';
import { isEmptyTextBlock, isList, isTextBlock, textBlockAt } from '../queries';
import { liftListItem } from './lists';

const paragraph = () => ({ type: 'paragraph' as const, children: [{ text: '' }] });

/**
 * Puts a void block where the caret is: in place of an empty line, otherwise after the
 * top-level block holding the caret. The caret moves to the text block after it (a new
 * empty paragraph if there is none), so writing can go on.
 */
export function insertVoidBlock(editor: Editor, block: VoidElement): Path {
  let index = editor.children.length;
  Editor.withoutNormalizing(editor, () => {
    const current = textBlockAt(editor);
    if (current && isEmptyTextBlock(current[0])) {
      const path = current[0].type === 'list-item' ? liftListItem(editor, current[1]) : current[1];
      index = path[0]!;
      Transforms.removeNodes(editor, { at: [index] });
    } else if (editor.selection) {
      index = editor.selection.focus.path[0]! + 1;
    }
    Transforms.insertNodes(editor, block, { at: [index], select: false });
    const next = editor.children[index + 1];
    if (!next || !(isTextBlock(next) || isList(next))) Transforms.insertNodes(editor, paragraph(), { at: [index + 1], select: false });
    Transforms.select(editor, Editor.start(editor, [index + 1]));
  });
  return [index];
}

/** Inserts an empty paragraph after the top-level block at `path` and puts the caret in it. */
export function insertParagraphAfter(editor: Editor, path: Path): void {
  const at = Path.next(path.slice(0, 1));
  Transforms.insertNodes(editor, paragraph(), { at, select: true });
}
