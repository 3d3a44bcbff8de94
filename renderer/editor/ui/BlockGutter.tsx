import type { RefObject } from 'react';
import { Editor, Node, Range, type Path } from 'slate';
import { ReactEditor, useFocused, useSlateSelector, useSlateStatic } from 'slate-react';
import { isEmptyTextBlock, textBlockAt } from '../queries';
import { Icon } from './icons';
import { useOverlayPosition } from './position';

/** "0,2": the path of the empty line holding the caret, or null. */
function emptyLineAtCaret(editor: Editor): string | null {
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection)) return null;
  const entry = textBlockAt(editor);
  return entry && isEmptyTextBlock(entry[0]) ? entry[1].join(',') : null;
}

/** The + button beside an empty line: opens the block menu there. */
export function BlockGutter({ surface, onOpen }: { surface: RefObject<HTMLElement | null>; onOpen: (path: Path) => void }) {
  const editor = useSlateStatic();
  const focused = useFocused();
  const line = useSlateSelector(emptyLineAtCaret);
  const key = focused && line !== null ? `${line}/${editor.children.length}` : null;
  const position = useOverlayPosition(surface, key, (el) => {
    if (line === null) return null;
    const path = line.split(',').map(Number);
    if (!Node.has(editor, path)) return null;
    const rect = ReactEditor.toDOMNode(editor, Node.get(editor, path)).getBoundingClientRect();
    return { top: rect.top - el.getBoundingClientRect().top + rect.height / 2, left: 0 };
  });
  if (!position || line === null) return null;
  return (
    <button
      type="button"
      className="gutter-plus"
      style={{ top: position.top }}
      title="Insert a block (or type /)"
      aria-label="Insert block here"
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => onOpen(line.split(',').map(Number))}
    >
      <Icon name="plus" />
    </button>
  );
}
