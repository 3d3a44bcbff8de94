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

/** A move of the page's selection, in the terms of `Selection.modify`. */
export type Motion = { alter: 'move' | 'extend'; direction: 'backward' | 'forward' | 'left' | 'right'; granularity: 'lineboundary' | 'documentboundary' };

/**
 * Moves or extends the page's selection as a line or story boundary key would, and takes it
 * into the editor in the same task. Left to the page, the move reaches the editor a task
 * later, and a render in between puts back the selection the editor last heard of.
 */
export function moveDomSelection(editor: Editor, { alter, direction, granularity }: Motion): boolean {
  const dom = window.getSelection();
  if (!dom || dom.rangeCount === 0 || !ReactEditor.hasDOMNode(editor, dom.focusNode as globalThis.Node)) return false;
  dom.modify(alter, direction, granularity);
  takeDomSelection(editor);
  const focus = dom.focusNode;
  (focus instanceof Element ? focus : focus?.parentElement)?.scrollIntoView({ block: 'nearest' });
  return true;
}
