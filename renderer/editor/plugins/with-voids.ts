import { Editor, Element, Path, Range, Transforms } from 'slate';
import { isVoidBlock } from '../queries';
import { insertParagraphAfter } from '../transforms/insert-block';

/** The top-level void block holding the caret, if any. */
function voidAtCaret(editor: Editor): Path | null {
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection)) return null;
  const entry = Editor.above(editor, { at: selection, match: isVoidBlock, voids: true });
  return entry ? entry[1] : null;
}

/**
 * Images, dividers, related links and embeds behave as single pieces: Enter on one opens a
 * line after it; Backspace or Delete next to one selects it first, then removes it.
 */
export function withVoids<E extends Editor>(editor: E): E {
  const { insertBreak, deleteBackward, deleteForward } = editor;

  editor.insertBreak = () => {
    const path = voidAtCaret(editor);
    if (path) insertParagraphAfter(editor, path);
    else insertBreak();
  };

  const removeVoid = (path: Path, reverse: boolean) => {
    Editor.withoutNormalizing(editor, () => {
      Transforms.removeNodes(editor, { at: path, voids: true });
      if (editor.children.length === 0) {
        Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: [0] });
        Transforms.select(editor, Editor.start(editor, [0]));
        return;
      }
      const prev = Path.hasPrevious(path) ? Path.previous(path) : null;
      const target = reverse && prev ? Editor.end(editor, prev) : Editor.start(editor, Editor.hasPath(editor, path) ? path : prev!);
      Transforms.select(editor, target);
    });
  };

  /** Handles a caret beside (or on) a void block; false to let Slate delete as usual. */
  const deleteNextTo = (reverse: boolean): boolean => {
    const onVoid = voidAtCaret(editor);
    if (onVoid) {
      removeVoid(onVoid, reverse);
      return true;
    }
    const { selection } = editor;
    if (!selection || !Range.isCollapsed(selection)) return false;
    const top = selection.anchor.path.slice(0, 1);
    const atEdge = reverse ? Editor.isStart(editor, selection.anchor, top) : Editor.isEnd(editor, selection.anchor, top);
    if (!atEdge) return false;
    const neighbour = reverse ? (Path.hasPrevious(top) ? Path.previous(top) : null) : Path.next(top);
    if (!neighbour || !Editor.hasPath(editor, neighbour) || !isVoidBlock(Editor.node(editor, neighbour)[0])) return false;
    const [current] = Editor.node(editor, top);
    if (Element.isElement(current) && Editor.isEmpty(editor, current)) {
      // An empty line next to a void goes away and the void is selected.
      Transforms.removeNodes(editor, { at: top });
      Transforms.select(editor, Editor.start(editor, reverse ? neighbour : top));
    } else {
      Transforms.select(editor, Editor.start(editor, neighbour));
    }
    return true;
  };

  editor.deleteBackward = (unit) => {
    if (!deleteNextTo(true)) deleteBackward(unit);
  };
  editor.deleteForward = (unit) => {
    if (!deleteNextTo(false)) deleteForward(unit);
  };

  return editor;
}
