import { createEditor, Editor, Transforms, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { withStoryBody } from '../../../../renderer/editor/create-editor';

const body = (): Descendant[] => [
  { type: 'paragraph', children: [{ text: 'One.' }] },
  { type: 'paragraph', children: [{ text: 'Two.' }] },
];

describe('the top level of the body after edits', () => {
  it('still turns a stray list item at the top into a paragraph after text was typed', () => {
    const editor = withStoryBody(withHistory(createEditor()));
    editor.children = body();
    Transforms.select(editor, Editor.end(editor, [0]));
    editor.insertText(' More.');
    Transforms.setNodes(editor, { type: 'list-item' }, { at: [1] });
    expect(editor.children[1]).toMatchObject({ type: 'paragraph' });
    expect(Editor.string(editor, [0])).toBe('One. More.');
  });

  it('still wraps text inserted at the top into a paragraph', () => {
    const editor = withStoryBody(withHistory(createEditor()));
    editor.children = body();
    Transforms.select(editor, Editor.end(editor, [1]));
    editor.insertText('!');
    Transforms.insertNodes(editor, { text: 'Loose' }, { at: [2] });
    expect(editor.children[2]).toEqual({ type: 'paragraph', children: [{ text: 'Loose' }] });
  });
});
