import { Editor, Point, Range, Transforms } from 'slate';
import { isTextBlock } from '../queries';

/** Below this many blocks Slate's own delete is quick enough. */
const MANY_BLOCKS = 50;

/**
 * Deleting everything (select all, then Backspace) in one sweep: Slate's own
 * delete keeps a reference to every block it removes and updates them all after
 * each removal, which grows with the square of the story's length. The result
 * is the same as Slate's: the last block stays, emptied, with the caret in it.
 */
export function withWholeDelete<E extends Editor>(editor: E): E {
  const { deleteFragment } = editor;
  editor.deleteFragment = (options) => {
    const { selection } = editor;
    const last = editor.children[editor.children.length - 1];
    if (
      !selection ||
      Range.isCollapsed(selection) ||
      editor.children.length < MANY_BLOCKS ||
      !isTextBlock(last) ||
      !Point.equals(Range.start(selection), Editor.start(editor, [])) ||
      !Point.equals(Range.end(selection), Editor.end(editor, []))
    ) {
      deleteFragment(options);
      return;
    }
    Editor.withoutNormalizing(editor, () => {
      for (let i = editor.children.length - 2; i >= 0; i--) Transforms.removeNodes(editor, { at: [i], voids: true });
      Transforms.delete(editor, { at: Editor.range(editor, [0]) });
      Transforms.select(editor, Editor.start(editor, [0]));
    });
  };
  return editor;
}
