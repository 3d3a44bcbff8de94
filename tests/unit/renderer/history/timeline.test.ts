import { createEditor, Editor, Transforms } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import { describe, expect, it } from 'vitest';
import type { StoryEditor } from '../../../../renderer/editor/custom-types';
import { COALESCE_MS, Timeline, type FieldPatch } from '../../../../renderer/editor/history/timeline';
import { connectBody, withUnifiedHistory } from '../../../../renderer/editor/history/with-unified-history';

function setup() {
  let clock = 1_000_000;
  const fields: FieldPatch = { headline: 'Ferry', section: 'Local' };
  const timeline = new Timeline(
    (patch) => Object.assign(fields, patch),
    () => clock,
  );
  const editor = withUnifiedHistory(withHistory(withReact(createEditor<StoryEditor>())), timeline);
  editor.children = [{ type: 'paragraph', children: [{ text: 'Body.' }] }];
  connectBody(editor, timeline);
  Transforms.select(editor, Editor.end(editor, []));
  const text = () => Editor.string(editor, []);
  /** Types into a header field the way the story fields do: one change per keystroke. */
  const typeField = (key: keyof FieldPatch & ('headline' | 'section'), value: string) => {
    for (const ch of value) {
      const before = { [key]: fields[key] };
      const after = { [key]: `${fields[key] as string}${ch}` };
      timeline.recordField(key, before, after);
      Object.assign(fields, after);
      clock += 100;
    }
  };
  const typeBody = (value: string) => {
    for (const ch of value) {
      editor.insertText(ch);
      clock += 100;
    }
  };
  return { editor, timeline, fields, text, typeField, typeBody, wait: (ms: number) => (clock += ms) };
}

describe('one history for body and header fields', () => {
  it('undoes and redoes body and header edits in the order they were made', () => {
    const { editor, fields, text, typeField, typeBody } = setup();
    typeBody(' One');
    typeField('headline', ' returns');
    typeBody(' Two');

    editor.undo();
    expect(text()).toBe('Body. One');
    expect(fields.headline).toBe('Ferry returns');
    editor.undo();
    expect(fields.headline).toBe('Ferry');
    expect(text()).toBe('Body. One');
    editor.undo();
    expect(text()).toBe('Body.');

    editor.redo();
    expect(text()).toBe('Body. One');
    editor.redo();
    expect(fields.headline).toBe('Ferry returns');
    editor.redo();
    expect(text()).toBe('Body. One Two');
  });

  it('merges typing in one field into one step, split by a pause or by moving to another field', () => {
    const { timeline, fields, typeField, wait } = setup();
    typeField('headline', ' back');
    wait(COALESCE_MS + 1);
    typeField('headline', ' today');
    typeField('section', ' news');
    timeline.seal();
    typeField('section', '!');

    timeline.undo();
    expect(fields.section).toBe('Local news');
    timeline.undo();
    expect(fields.section).toBe('Local');
    timeline.undo();
    expect(fields.headline).toBe('Ferry back');
    timeline.undo();
    expect(fields.headline).toBe('Ferry');
    expect(timeline.canUndo).toBe(false);
  });

  it('a header edit between two body edits keeps them apart, even when the typing is contiguous', () => {
    const { editor, fields, text, typeField, typeBody } = setup();
    typeBody('abc');
    typeField('headline', '!');
    typeBody('def');
    editor.undo();
    expect(text()).toBe('Body.abc');
    expect(fields.headline).toBe('Ferry!');
  });

  it('a new edit, in the body or a field, drops what could have been redone', () => {
    const { editor, timeline, fields, text, typeField, typeBody } = setup();
    typeBody(' One');
    typeField('headline', '?');
    editor.undo();
    editor.undo();
    expect(timeline.canRedo).toBe(true);
    typeBody('X');
    expect(timeline.canRedo).toBe(false);
    editor.redo();
    expect(text()).toBe('Body.X');
    expect(fields.headline).toBe('Ferry');

    editor.undo();
    typeField('section', '+');
    editor.redo();
    expect(text()).toBe('Body.');
    expect(editor.history.redos).toEqual([]);
  });

  it('starts empty for a newly loaded story, and the old editor no longer feeds it', () => {
    const { editor, timeline, typeBody } = setup();
    typeBody('x');
    const other = withUnifiedHistory(withHistory(withReact(createEditor<StoryEditor>())), timeline);
    other.children = [{ type: 'paragraph', children: [{ text: '' }] }];
    const disconnect = connectBody(other, timeline);
    expect(timeline.canUndo).toBe(false);
    disconnect();
    expect(timeline.canUndo).toBe(false);
    expect(Editor.string(editor, [])).toBe('Body.x');
  });
});
