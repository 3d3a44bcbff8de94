import { Editor, Element, Path, Range, Transforms } from 'slate';
import { isEmptyTextBlock, isList } from '../queries';
import { liftListItem } from '../transforms/lists';

/** The list item holding a collapsed caret, if any. */
function itemAtCaret(editor: Editor): Path | null {
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection)) return null;
  const entry = Editor.above(editor, { at: selection, match: (n) => Element.isElement(n) && n.type === 'list-item' });
  return entry ? entry[1] : null;
}

/**
 * Lists as people expect: Enter on an empty item, or Backspace at the start of an item,
 * turns it into a paragraph (leaving the list there); neighbouring lists of one kind join.
 */
export function withLists<E extends Editor>(editor: E): E {
  const { insertBreak, deleteBackward, normalizeNode } = editor;

  editor.insertBreak = () => {
    const item = itemAtCaret(editor);
    if (item && isEmptyTextBlock(Editor.node(editor, item)[0])) liftListItem(editor, item);
    else insertBreak();
  };

  editor.deleteBackward = (unit) => {
    const item = itemAtCaret(editor);
    if (item && editor.selection && Editor.isStart(editor, editor.selection.anchor, item)) liftListItem(editor, item);
    else deleteBackward(unit);
  };

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (isList(node) && path.length === 1 && Path.hasPrevious(path)) {
      const [previous] = Editor.node(editor, Path.previous(path));
      if (isList(previous) && previous.type === node.type) {
        Transforms.mergeNodes(editor, { at: path });
        return;
      }
    }
    normalizeNode(entry, options);
  };

  return editor;
}
