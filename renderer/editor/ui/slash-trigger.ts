import { useState } from 'react';
import { Node, Range, type Editor, type Path } from 'slate';
import { useSlateSelector } from 'slate-react';
import { textBlockAt } from '../queries';

/**
 * The line the change being flushed typed a lone "/" on, with the caret right after it;
 * null otherwise. Read from the operations, not the key, so that the menu opens wherever
 * the "/" really landed, however late the editor heard of the caret's last move.
 */
export function typedSlashLine(editor: Editor): Path | null {
  if (!editor.operations.some((op) => op.type === 'insert_text' && op.text.endsWith('/'))) return null;
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection) || selection.focus.offset !== 1) return null;
  const entry = textBlockAt(editor);
  if (!entry || Node.string(entry[0]) !== '/') return null;
  return entry[1];
}

const slashLineKey = (editor: Editor): string | null => typedSlashLine(editor)?.join() ?? null;

/**
 * The line a "/" was typed on, returned in the one render that follows the typing (the
 * selector runs while the change is flushed, when its operations can still be read).
 */
export function useTypedSlash(): Path | null {
  const key = useSlateSelector(slashLineKey);
  const [seen, setSeen] = useState<string | null>(null);
  if (key === seen) return null;
  setSeen(key);
  return key === null ? null : key.split(',').map(Number);
}
