import type { Editor, Operation } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { StoryEditor } from '../custom-types';
import type { BodyHistory, Timeline } from './timeline';

const BODY = new WeakMap<Editor, BodyHistory>();

const isSaved = (editor: HistoryEditor, op: Operation) => op.type !== 'set_selection' && HistoryEditor.isSaving(editor) !== false;

/**
 * Makes the body's undo and redo steps part of the story's one timeline:
 * every new slate-history batch is recorded there, and `editor.undo` /
 * `editor.redo` (which slate-react calls for Ctrl/Cmd+Z and the Edit menu)
 * walk the timeline, header edits included. Apply after `withHistory`.
 */
export function withUnifiedHistory(editor: StoryEditor, timeline: Timeline): StoryEditor {
  const { apply, undo, redo, writeHistory } = editor;
  BODY.set(editor, {
    undo,
    redo,
    clearRedos: () => {
      editor.history.redos = [];
    },
  });

  editor.apply = (op) => {
    if (!timeline.isReplaying && isSaved(editor, op)) {
      // A header edit came in between: this body edit is a step of its own.
      if (timeline.bodyNeedsNewBatch) HistoryEditor.setSplittingOnce(editor, true);
      timeline.bodyEdited();
    }
    apply(op);
  };
  editor.writeHistory = (stack, batch) => {
    writeHistory(stack, batch);
    if (stack === 'undos' && !timeline.isReplaying) timeline.recordBody();
  };
  editor.undo = () => {
    timeline.undo();
  };
  editor.redo = () => {
    timeline.redo();
  };
  return editor;
}

/** Connects `editor` (made with `withUnifiedHistory`) to the timeline; call from an effect and return its result. */
export function connectBody(editor: Editor, timeline: Timeline): () => void {
  const body = BODY.get(editor);
  return body ? timeline.attachBody(body) : () => undefined;
}
