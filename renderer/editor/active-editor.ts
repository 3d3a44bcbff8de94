import { Editor, Range, Transforms, type BaseRange, type Path } from 'slate';
import { ReactEditor } from 'slate-react';

let active: Editor | null = null;

/** Called by the body editor when it mounts (and with null when it goes). */
export function setActiveEditor(editor: Editor | null): void {
  active = editor;
}

/** The story body's editor, for panels that jump to a place in the text. */
export function getActiveEditor(): Editor | null {
  return active;
}

/** Scrolls the body to the top-level block at `index` and puts the caret at its start. */
export function revealBlock(index: number): boolean {
  const editor = active;
  if (!editor || index < 0 || index >= editor.children.length) return false;
  return revealRange(editor, Editor.range(editor, [index]), true);
}

/** Selects `range` in the body and scrolls it into view; `collapse` puts the caret at its start instead. */
export function revealRange(editor: Editor, range: BaseRange, collapse = false): boolean {
  if (!Editor.hasPath(editor, range.anchor.path) || !Editor.hasPath(editor, range.focus.path)) return false;
  const target = collapse ? Range.start(range) : range;
  Transforms.select(editor, collapse ? { anchor: target as never, focus: target as never } : range);
  try {
    ReactEditor.focus(editor);
    const path: Path = Range.start(range).path.slice(0, 1);
    const [node] = Editor.node(editor, path);
    ReactEditor.toDOMNode(editor, node).scrollIntoView({ block: 'center', behavior: 'smooth' });
  } catch {
    // A block not yet rendered (chunked) is scrolled to after Slate renders the selection.
  }
  return true;
}
