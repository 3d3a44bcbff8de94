import { useState } from 'react';
import { Node, Range, Text, type Editor, type Operation, type Path } from 'slate';
import { useSlateSelector, useSlateStatic } from 'slate-react';
import { textBlockAt } from '../queries';

/** True for an operation that puts text ending in "/" into the story (a run of its own when marks or a suggestion differ). */
function typesSlash(op: Operation): boolean {
  if (op.type === 'insert_text') return op.text.endsWith('/');
  return op.type === 'insert_node' && Text.isText(op.node) && op.node.text.endsWith('/');
}

/**
 * The line the change being flushed typed a lone "/" on, with the caret right after it;
 * null otherwise. Read from the operations, not the key, so that the menu opens wherever
 * the "/" really landed, however late the editor heard of the caret's last move.
 */
export function typedSlashLine(editor: Editor): Path | null {
  if (!editor.operations.some(typesSlash)) return null;
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection) || selection.focus.offset !== 1) return null;
  const entry = textBlockAt(editor);
  if (!entry || Node.string(entry[0]) !== '/') return null;
  return entry[1];
}

/** The last "/" typed on an empty line of each editor, numbered, kept until a newer one. */
const TYPED = new WeakMap<Editor, { path: Path; count: number }>();

/** Runs while a change is flushed, when its operations can still be read; answers how many "/" were typed so far. */
function countTypedSlashes(editor: Editor): number {
  const path = typedSlashLine(editor);
  const last = TYPED.get(editor);
  if (path) TYPED.set(editor, { path, count: (last?.count ?? 0) + 1 });
  return TYPED.get(editor)?.count ?? 0;
}

/**
 * The line a "/" was typed on, returned in the one render that follows the typing. The
 * line is kept outside React, so a key typed before that render (the "i" of "/i") loses nothing.
 */
export function useTypedSlash(): Path | null {
  const editor = useSlateStatic();
  const count = useSlateSelector(countTypedSlashes);
  const [seen, setSeen] = useState(count);
  if (count === seen) return null;
  setSeen(count);
  return TYPED.get(editor)?.path ?? null;
}
