import type { Editor } from 'slate';

/** Types `text` one character at a time, as a keyboard would. */
export function type(editor: Editor, text: string): void {
  for (const ch of text) editor.insertText(ch);
}
