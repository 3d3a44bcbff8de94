import { Editor, Range, Text, Transforms, type BaseRange } from 'slate';

const PENDING = 'commentPending';

/** The comment ids on a text run. */
export function commentsOf(node: Text): string[] {
  return node.comments ?? [];
}

/**
 * Anchors comment `id` to the text of `range`: the runs at its edges are split
 * and every run inside gets the id beside any comments it already had. False
 * when the range holds no text.
 */
export function addCommentMark(editor: Editor, range: BaseRange, id: string): boolean {
  if (Range.isCollapsed(range) || Editor.string(editor, range) === '') return false;
  Editor.withoutNormalizing(editor, () => {
    // A flag first splits the runs at the range's edges; the ids are then added run by run.
    Transforms.setNodes(editor, { [PENDING]: true } as Partial<Text>, { at: range, match: Text.isText, split: true });
    const flagged = Array.from(
      Editor.nodes(editor, { at: [], match: (n) => Text.isText(n) && (n as unknown as Record<string, unknown>)[PENDING] === true }),
    );
    for (const [node, path] of flagged) {
      const ids = commentsOf(node as Text);
      Transforms.unsetNodes(editor, PENDING, { at: path });
      if (!ids.includes(id)) Transforms.setNodes(editor, { comments: [...ids, id] }, { at: path });
    }
  });
  return true;
}

/** Takes comment `id` off every run of the body; the runs merge back with their neighbours. */
export function removeCommentMark(editor: Editor, id: string): void {
  Editor.withoutNormalizing(editor, () => {
    const marked = Array.from(Editor.nodes(editor, { at: [], match: (n) => Text.isText(n) && commentsOf(n).includes(id) }));
    for (const [node, path] of marked) {
      const rest = commentsOf(node as Text).filter((c) => c !== id);
      if (rest.length === 0) Transforms.unsetNodes(editor, 'comments', { at: path });
      else Transforms.setNodes(editor, { comments: rest }, { at: path });
    }
  });
}

/** The range of the text anchored to comment `id`, from its first run to its last; null when none is left. */
export function commentRange(editor: Editor, id: string): BaseRange | null {
  const runs = Array.from(Editor.nodes(editor, { at: [], match: (n) => Text.isText(n) && commentsOf(n).includes(id) }));
  const first = runs[0];
  const last = runs.at(-1);
  if (!first || !last) return null;
  return { anchor: { path: first[1], offset: 0 }, focus: { path: last[1], offset: (last[0] as Text).text.length } };
}
