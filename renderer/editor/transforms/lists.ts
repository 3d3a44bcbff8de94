import { Editor, Transforms, type Path } from 'slate';
import { isList } from '../queries';

/** Takes the list item at `path` out of its list as a paragraph, splitting the list around it; returns where it went. */
export function liftListItem(editor: Editor, path: Path): Path {
  const ref = Editor.pathRef(editor, path);
  Editor.withoutNormalizing(editor, () => {
    Transforms.unwrapNodes(editor, { at: path, match: (n) => isList(n), split: true });
    if (ref.current) Transforms.setNodes(editor, { type: 'paragraph' }, { at: ref.current });
  });
  return ref.unref() ?? path;
}
