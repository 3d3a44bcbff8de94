import { useEffect } from 'react';
import { Editor, Range } from 'slate';
import { newId } from '../../../shared/util/id';
import { getActiveEditor } from '../../editor/active-editor';
import { takeDomSelection } from '../../editor/dom-selection';
import { hotkeyMatcher } from '../../editor/hotkeys';
import { addCommentMark, removeCommentMark } from '../../editor/transforms/comments';
import { useAppStore } from '../../store';

/** The shortcut that comments on the selected text. */
export const COMMENT_HOTKEY = 'mod+alt+m';
const isComment = hotkeyMatcher([COMMENT_HOTKEY]);

/** Anchors a new comment to the body's selection and opens the Review panel to write it; false when nothing is selected. */
export function startComment(store: ReturnType<typeof useAppStore>): boolean {
  const editor = getActiveEditor();
  const state = store.getState();
  if (editor) takeDomSelection(editor);
  const selection = editor?.selection;
  if (!editor || !selection || Range.isCollapsed(selection)) {
    state.notify('Select some text of the body to comment on.', 'info');
    return false;
  }
  const previous = state.commentDraft;
  const id = newId();
  const anchorText = Editor.string(editor, selection);
  if (!addCommentMark(editor, selection, id)) return false;
  if (previous) dropDraftMark(previous.id);
  state.setCommentDraft({ id, anchorText });
  state.setPanel('review');
  return true;
}

/** Takes the anchor of an unsent comment off the text. */
export function dropDraftMark(id: string): void {
  const editor = getActiveEditor();
  if (editor) removeCommentMark(editor, id);
}

/** Ctrl/Cmd+Alt+M comments on the selection. */
export function useReviewShortcuts(): void {
  const store = useAppStore();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isComment(event) || !store.getState().story) return;
      event.preventDefault();
      startComment(store);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [store]);
}
