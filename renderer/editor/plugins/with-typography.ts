import { Editor, Range, Transforms } from 'slate';
import { inNewBatch } from '../history/batch';
import { pointAtOffset } from '../offsets';
import { textBlockAt } from '../queries';
import { quoteStyleFor } from '../typography/quote-styles';
import { mayChange, smartenTyped } from '../typography/smarten';

/** Editors whose next typed text starts a new undo step (it follows a substitution). */
const SPLIT_NEXT = new WeakSet<Editor>();

/** Tells the editor the story's language (a BCP 47 tag), which its typography follows. */
export function setStoryLanguage(editor: Editor, language: string | undefined): void {
  editor.language = language;
}

/**
 * Typography as you type, in the story's language (`editor.language`): curly quotes,
 * apostrophes, em dashes and ellipses. The character is typed first and the substitution
 * is its own undo step, so one undo gives back the straight character.
 */
export function withTypography<E extends Editor>(editor: E): E {
  const { insertText } = editor;

  editor.insertText = (text, options) => {
    if (SPLIT_NEXT.has(editor)) {
      SPLIT_NEXT.delete(editor);
      inNewBatch(editor, () => insertText(text, options));
    } else {
      insertText(text, options);
    }
    if (options?.at || !mayChange(text)) return;

    const { selection } = editor;
    if (!selection || !Range.isCollapsed(selection)) return;
    const entry = textBlockAt(editor);
    if (!entry) return;
    const [block, path] = entry;
    const caret = selection.anchor;
    const before = Editor.string(editor, { anchor: Editor.start(editor, path), focus: caret });
    if (!before.endsWith(text)) return;
    const change = smartenTyped(before, quoteStyleFor(editor.language));
    if (!change) return;

    const from = pointAtOffset(block, path, before.length - change.remove, 'start');
    if (!from) return;
    inNewBatch(editor, () => {
      Transforms.delete(editor, { at: { anchor: from, focus: caret } });
      Transforms.insertText(editor, change.insert);
    });
    SPLIT_NEXT.add(editor);
  };

  return editor;
}
