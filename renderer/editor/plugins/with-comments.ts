import { Editor, Range, Text, Transforms } from 'slate';

/**
 * Typing right after commented text does not join the comment: a comment
 * stays on the words it was made on, and moves with them as the text around changes.
 * An empty run holds no anchor, so a comment whose words were all deleted is orphaned.
 */
export function withComments<E extends Editor>(editor: E): E {
  const { insertText, normalizeNode } = editor;
  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (Text.isText(node) && node.text === '' && node.comments !== undefined) {
      Transforms.unsetNodes(editor, 'comments', { at: path });
      return;
    }
    normalizeNode(entry, options);
  };
  editor.insertText = (text, options) => {
    const { selection } = editor;
    if (!editor.marks && selection && Range.isCollapsed(selection) && !options?.at) {
      const entry = Editor.hasPath(editor, selection.anchor.path) ? Editor.node(editor, selection.anchor.path) : null;
      const leaf = entry?.[0];
      if (leaf && Text.isText(leaf) && leaf.comments && selection.anchor.offset === leaf.text.length) {
        const next = Editor.next(editor, { at: selection.anchor.path, match: Text.isText });
        const continues = next && Text.isText(next[0]) && next[0].comments?.some((id) => leaf.comments?.includes(id));
        if (!continues) {
          const { text: _text, comments: _comments, ...marks } = leaf;
          editor.marks = marks;
        }
      }
    }
    insertText(text, options);
  };
  return editor;
}
