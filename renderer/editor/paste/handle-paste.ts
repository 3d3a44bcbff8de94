import type { ClipboardEvent } from 'react';
import { ReactEditor } from 'slate-react';

/**
 * The body's paste handler: every paste (and "paste and match style") goes
 * through `editor.insertData`, so the sanitizing path is the only one.
 */
export function handlePaste(editor: ReactEditor, event: ClipboardEvent<HTMLDivElement>): void {
  event.preventDefault();
  ReactEditor.insertData(editor, event.clipboardData);
}
