import { createEditor, type Editor } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import type { StoryEditor } from './custom-types';
import { withChunking } from './chunking';
import { withBreaks } from './plugins/with-breaks';
import { withComments } from './plugins/with-comments';
import { withInlines } from './plugins/with-inlines';
import { withLists } from './plugins/with-lists';
import { withTypography } from './plugins/with-typography';
import { withVoids } from './plugins/with-voids';
import { withWholeDelete } from './plugins/with-whole-delete';
import { withSchema } from './with-schema';
import { withPaste } from './paste/with-paste';
import { suggestingEditor } from './plugins/with-suggestions';

/** A plugin: wraps some of an editor's methods and hands the editor back. */
export type EditorPlugin = (editor: Editor) => Editor;

/**
 * How the story body behaves, innermost first: each plugin wraps the ones before it,
 * so a later plugin sees an action first and passes on what it does not handle.
 */
export const BODY_PLUGINS: readonly EditorPlugin[] = [withSchema, withWholeDelete, withInlines, withVoids, withLists, withBreaks, withTypography, withComments];

/** Gives `editor` the story body's behaviour; works on a headless editor too (tests). */
export function withStoryBody<E extends Editor>(editor: E): E {
  for (const plugin of BODY_PLUGINS) plugin(editor);
  return editor;
}

/** A new story editor: the DOM binding, undo history, the body's behaviour, then suggesting mode. */
export function createStoryEditor(): StoryEditor {
  return suggestingEditor(withPaste(withStoryBody(withHistory(withChunking(withReact(createEditor()))))));
}
