import { createEditor } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import type { StoryEditor } from './custom-types';
import { withSchema } from './with-schema';

/** A new story editor: schema rules, undo history and the DOM binding. */
export function createStoryEditor(): StoryEditor {
  return withSchema(withHistory(withReact(createEditor())));
}
