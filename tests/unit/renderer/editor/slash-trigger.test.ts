import { createEditor, Editor, Transforms, type Descendant, type Path } from 'slate';
import { withHistory } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { withStoryBody } from '../../../../renderer/editor/create-editor';
import { typedSlashLine } from '../../../../renderer/editor/ui/slash-trigger';
import { withSuggestions } from '../../../../renderer/editor/plugins/with-suggestions';

/** Runs `act` and reports the line the "/" trigger saw when the change was flushed. */
async function trigger(body: Descendant[], act: (editor: Editor) => void): Promise<Path | null> {
  const editor = withStoryBody(withHistory(createEditor()));
  editor.children = body;
  let seen: Path | null = null;
  const { onChange } = editor;
  editor.onChange = (options) => {
    seen = typedSlashLine(editor);
    onChange(options);
  };
  act(editor);
  await Promise.resolve();
  return seen;
}

const p = (text: string): Descendant => ({ type: 'paragraph', children: [{ text }] });

describe('the "/" that opens the block menu', () => {
  it('is seen on an empty line, wherever the line is', async () => {
    const path = await trigger([p('First.'), p('')], (editor) => {
      Transforms.select(editor, Editor.start(editor, [1]));
      editor.insertText('/');
    });
    expect(path).toEqual([1]);
  });

  it('is not seen inside words, nor when the line already had text', async () => {
    expect(
      await trigger([p('and')], (editor) => {
        Transforms.select(editor, Editor.end(editor, [0]));
        editor.insertText('/');
      }),
    ).toBeNull();
    expect(
      await trigger([p('x')], (editor) => {
        Transforms.select(editor, Editor.start(editor, [0]));
        editor.insertText('/');
      }),
    ).toBeNull();
  });

  it('is not seen when a line holding "/" was only clicked into', async () => {
    expect(await trigger([p('/')], (editor) => Transforms.select(editor, Editor.end(editor, [0])))).toBeNull();
  });

  it('is seen in an empty list item too', async () => {
    const list: Descendant = { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'One' }] }, { type: 'list-item', children: [{ text: '' }] }] };
    const path = await trigger([list], (editor) => {
      Transforms.select(editor, Editor.start(editor, [0, 1]));
      editor.insertText('/');
    });
    expect(path).toEqual([0, 1]);
  });
});

describe('the "/" typed as a run of its own', () => {
  it('is seen in suggesting mode, where it goes in marked as an insertion', async () => {
    const path = await trigger([p('First.'), p('')], (editor) => {
      withSuggestions(editor, () => ({ name: 'Ed Stone', initials: 'ES' }), () => true);
      Transforms.select(editor, Editor.start(editor, [1]));
      editor.insertText('/');
    });
    expect(path).toEqual([1]);
  });

  it('is seen with bold switched on for an empty line', async () => {
    const path = await trigger([p('')], (editor) => {
      Transforms.select(editor, Editor.start(editor, [0]));
      Editor.addMark(editor, 'bold', true);
      editor.insertText('/');
    });
    expect(path).toEqual([0]);
  });
});
