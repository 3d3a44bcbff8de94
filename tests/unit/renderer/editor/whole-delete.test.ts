import { createEditor, Editor, Transforms, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { withStoryBody } from '../../../../renderer/editor/create-editor';

function story(first: Descendant, count: number): Descendant[] {
  const body: Descendant[] = [first];
  for (let i = 1; i < count; i++) {
    body.push(
      i % 10 === 0
        ? { type: 'heading', level: 2, children: [{ text: `Section ${i}` }] }
        : { type: 'paragraph', children: [{ text: `Line ${i} of the story, ` }, { text: 'with bold', bold: true }, { text: ' words.' }] },
    );
  }
  return body;
}

function selectAllAndDelete(editor: Editor, value: Descendant[]): void {
  editor.children = structuredClone(value);
  Transforms.select(editor, Editor.range(editor, []));
  editor.deleteFragment({ direction: 'backward' });
}

describe('deleting the whole story', () => {
  const cases: [string, Descendant][] = [
    ['a paragraph first', { type: 'paragraph', children: [{ text: 'Lead paragraph.' }] }],
    ['a heading first', { type: 'heading', level: 2, children: [{ text: 'A heading' }] }],
  ];
  it.each(cases)('with %s leaves what Slate itself leaves', (_name, first) => {
    const value = story(first, 200);
    const ours = withStoryBody(withHistory(createEditor()));
    const plain = withHistory(createEditor());
    selectAllAndDelete(ours, value);
    selectAllAndDelete(plain, value);
    expect(ours.children).toEqual(plain.children);
    expect(ours.children).toHaveLength(1);
    expect(Editor.string(ours, [])).toBe('');
    expect(ours.selection).toEqual(plain.selection);
  });

  it('is one undo step that brings every block back', () => {
    const value = story({ type: 'paragraph', children: [{ text: 'Lead paragraph.' }] }, 120);
    const editor = withStoryBody(withHistory(createEditor()));
    selectAllAndDelete(editor, value);
    expect(editor.children).toHaveLength(1);
    editor.undo();
    expect(editor.children).toEqual(value);
  });

  it('leaves a partial selection to the usual delete', () => {
    const value = story({ type: 'paragraph', children: [{ text: 'Lead paragraph.' }] }, 120);
    const editor = withStoryBody(withHistory(createEditor()));
    editor.children = structuredClone(value);
    Transforms.select(editor, { anchor: Editor.start(editor, [1]), focus: Editor.end(editor, []) });
    editor.deleteFragment();
    expect(editor.children).toHaveLength(2);
    expect(Editor.string(editor, [0])).toBe('Lead paragraph.');
  });
});
