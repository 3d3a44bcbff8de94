import { Range, Transforms, type Editor } from 'slate';
import { ReactEditor } from 'slate-react';

/**
 * Takes the page's selection into the editor when it lies in the body. The editor hears
 * of a caret moved by keys or the mouse only a moment later, so a command acting on the
 * selection reads the page's first.
 */
export function takeDomSelection(editor: Editor): void {
  const dom = window.getSelection();
  if (!dom || dom.rangeCount === 0 || !ReactEditor.hasDOMNode(editor, dom.anchorNode as globalThis.Node)) return;
  const range = ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true });
  if (range && (!editor.selection || !Range.equals(range, editor.selection))) Transforms.select(editor, range);
}
