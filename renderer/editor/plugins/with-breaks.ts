import { Editor, Path, Range, Transforms } from 'slate';
import { isEmptyTextBlock, textBlockAt } from '../queries';

/**
 * Enter in headings and quotes: at the end of a heading or pull quote the next line is a
 * paragraph; on an empty heading or quote line, the line becomes a paragraph.
 */
export function withBreaks<E extends Editor>(editor: E): E {
  const { insertBreak } = editor;

  editor.insertBreak = () => {
    const { selection } = editor;
    const entry = selection && Range.isCollapsed(selection) ? textBlockAt(editor) : undefined;
    if (!selection || !entry) return insertBreak();
    const [block, path] = entry;
    if (block.type !== 'heading' && block.type !== 'block-quote' && block.type !== 'pull-quote') return insertBreak();

    if (isEmptyTextBlock(block)) {
      Transforms.unsetNodes(editor, ['level', 'quoteId', 'speakerId', 'taggedText'], { at: path });
      Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
      return;
    }
    const paragraph = { type: 'paragraph' as const, children: [{ text: '' }] };
    if (Editor.isEnd(editor, selection.anchor, path)) {
      // A block quote goes on for another line; a heading or pull quote is followed by text.
      const next = block.type === 'block-quote' ? { type: 'block-quote' as const, children: [{ text: '' }] } : paragraph;
      Transforms.insertNodes(editor, next, { at: Path.next(path), select: true });
      return;
    }
    if (Editor.isStart(editor, selection.anchor, path)) {
      // The line stays what it is and moves down, with a paragraph above it.
      Transforms.insertNodes(editor, paragraph, { at: path, select: false });
      return;
    }
    Editor.withoutNormalizing(editor, () => {
      insertBreak();
      // A tagged quote stays one quote: the second half is not tagged again.
      if (block.type !== 'heading' && block.quoteId !== undefined) {
        Transforms.unsetNodes(editor, ['quoteId', 'speakerId', 'taggedText'], { at: Path.next(path) });
      }
    });
  };

  return editor;
}
