import type { Editor } from 'slate';
import { HistoryEditor } from 'slate-history';

/** Runs `fn` as an undo step of its own (as it is on an editor without history). */
export function inNewBatch(editor: Editor, fn: () => void): void {
  if (HistoryEditor.isHistoryEditor(editor)) HistoryEditor.withNewBatch(editor, fn);
  else fn();
}
