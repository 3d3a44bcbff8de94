import { Editor, Transforms } from 'slate';

/**
 * Selects the whole story body in the editor's own selection. Left to the page, select-all
 * reaches the editor only after the page reports its new selection a task later, so a toolbar
 * or a key pressed at once would still see the old one.
 */
export function selectAll(editor: Editor): void {
  Transforms.select(editor, Editor.range(editor, []));
}
