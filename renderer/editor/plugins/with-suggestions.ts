import { Editor, Element, Range, Text, Transforms, type Descendant, type Path, type TextUnit } from 'slate';
import type { Person } from '../../../shared/model/article';
import type { SuggestionMark } from '../../../shared/model/body';
import { isOwnInsertion, newSuggestionMark, suggestDeletion } from '../transforms/suggestions';

/**
 * Suggesting mode: while `isOn()`, typed text is marked as an insertion by
 * `getAuthor()` and deleting marks text as a deletion instead of removing it.
 * Deleting across blocks marks the text of each and leaves the blocks apart until the
 * deletion is accepted; pasted text is marked as an insertion, and rejecting it joins the
 * paragraphs it split (see resolveSuggestions). Splitting and joining blocks by hand (Enter,
 * Backspace at a line's start) lose no words and stay plain edits.
 */
export function withSuggestions<E extends Editor>(editor: E, getAuthor: () => Person, isOn: () => boolean): E {
  const { insertText, insertFragment, deleteBackward, deleteForward, deleteFragment, normalizeNode } = editor;
  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    // An emptied run is no suggestion any more.
    if (Text.isText(node) && node.text === '' && node.suggestion !== undefined) {
      Transforms.unsetNodes(editor, 'suggestion', { at: path });
      return;
    }
    normalizeNode(entry, options);
  };
  const blockOf = (path: Path) => Editor.above(editor, { at: path, match: (n) => Element.isElement(n) && Editor.isBlock(editor, n) })?.[1].join();

  /** The selection becomes a suggested deletion (deleted, or typed or pasted over), the caret at the side `direction` says. */
  const markSelectionDeleted = (author: Person, direction: 'backward' | 'forward' = 'forward') => {
    if (!editor.selection || Range.isCollapsed(editor.selection)) return;
    const caret = suggestDeletion(editor, editor.selection, author, direction);
    if (caret) Transforms.select(editor, caret);
  };

  editor.insertText = (text, options) => {
    if (!isOn() || options?.at || !editor.selection) return insertText(text, options);
    const author = getAuthor();
    markSelectionDeleted(author);
    const marks = Editor.marks(editor) ?? {};
    if (isOwnInsertion(marks.suggestion, author)) return insertText(text, options);
    const { suggestion: _suggestion, comments: _comments, ...rest } = marks;
    editor.marks = { ...rest, suggestion: newSuggestionMark('insert', author) };
    insertText(text, options);
  };

  const deleteBy = (unit: TextUnit, direction: 'backward' | 'forward', plain: (unit: TextUnit) => void) => {
    const { selection } = editor;
    if (!isOn() || !selection) return plain(unit);
    if (Range.isExpanded(selection)) return editor.deleteFragment({ direction });
    const other = direction === 'backward' ? Editor.before(editor, selection.anchor, { unit }) : Editor.after(editor, selection.anchor, { unit });
    // Joining blocks is not tracked.
    if (!other || blockOf(other.path) !== blockOf(selection.anchor.path)) return plain(unit);
    const caret = suggestDeletion(editor, { anchor: other, focus: selection.anchor }, getAuthor(), direction);
    if (caret) Transforms.select(editor, caret);
  };

  editor.deleteBackward = (unit) => deleteBy(unit, 'backward', deleteBackward);
  editor.deleteForward = (unit) => deleteBy(unit, 'forward', deleteForward);
  editor.deleteFragment = (options) => {
    const { selection } = editor;
    if (!isOn() || !selection || Range.isCollapsed(selection)) return deleteFragment(options);
    markSelectionDeleted(getAuthor(), options?.direction);
  };

  editor.insertFragment = (fragment, options) => {
    if (!isOn() || options?.at || !editor.selection) return insertFragment(fragment, options);
    const author = getAuthor();
    markSelectionDeleted(author);
    insertFragment(markInserted(fragment as Descendant[], newSuggestionMark('insert', author)), options);
  };

  return editor;
}

/** The nodes with every text run marked as the insertion `mark`, and no comment of their own. */
function markInserted(nodes: Descendant[], mark: SuggestionMark): Descendant[] {
  return nodes.map((node) => {
    if (Text.isText(node)) {
      const { comments: _comments, ...rest } = node;
      return { ...rest, suggestion: mark };
    }
    return { ...node, children: markInserted(node.children, mark) } as Descendant;
  });
}

const MODES = new WeakMap<Editor, { on: boolean; author: Person }>();

/** Turns suggesting mode of an editor made by `suggestingEditor` on or off, as `author`. */
export function setSuggestingMode(editor: Editor, on: boolean, author: Person): void {
  MODES.set(editor, { on, author });
}

/** `editor` with suggesting mode, switched by setSuggestingMode (off until then). */
export function suggestingEditor<E extends Editor>(editor: E): E {
  return withSuggestions(
    editor,
    () => MODES.get(editor)?.author ?? { name: '', initials: '' },
    () => MODES.get(editor)?.on === true,
  );
}
