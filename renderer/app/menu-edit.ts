import type { StoreApi } from 'zustand/vanilla';
import { ReactEditor } from 'slate-react';
import { getActiveEditor } from '../editor/active-editor';
import { selectAll } from '../editor/transforms/select-all';
import type { AppState } from '../store';

// The element holding the header fields and the body, whose undo is the story's own history.
const STORY_EDIT_AREA = '.editor-column__body';

/**
 * Edit › Undo or Redo from the app menu: in the story it walks the story's one history
 * (header and body together); anywhere else (a comment box, a dialog) the field's own.
 */
export function undoFromMenu(store: StoreApi<AppState>, which: 'undo' | 'redo'): void {
  const state = store.getState();
  const focused = document.activeElement;
  if (state.story && focused?.closest(STORY_EDIT_AREA)) {
    if (which === 'undo') state.undo();
    else state.redo();
    return;
  }
  // execCommand is deprecated, but it is still the one way to ask a field for its native undo.
  document.execCommand(which);
}

/** Edit › Select All from the app menu or the right-click menu: the whole story in the body, the field's text elsewhere. */
export function selectAllFromMenu(): void {
  const editor = getActiveEditor();
  // The menu may have taken the window's focus for a moment; the page's focused element says where the caret was.
  if (editor && ReactEditor.toDOMNode(editor, editor).contains(document.activeElement)) {
    selectAll(editor);
    return;
  }
  document.execCommand('selectAll');
}
