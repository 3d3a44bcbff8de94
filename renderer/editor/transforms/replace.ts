import { Editor, Node, Transforms, type BaseRange } from 'slate';
import { inNewBatch } from '../history/batch';
import { rangeAtOffsets } from '../offsets';
import { matchesInText, searchPattern, type SearchOptions } from '../find/search';
import { isTextBlock } from '../queries';

/** Every match of `query` in the text blocks of the story, in reading order. */
export function findAll(editor: Editor, query: string, options: SearchOptions): BaseRange[] {
  const pattern = searchPattern(query, options);
  if (!pattern) return [];
  const ranges: BaseRange[] = [];
  for (const [block, path] of Editor.nodes(editor, { at: [], match: isTextBlock, mode: 'lowest' })) {
    for (const [start, end] of matchesInText(Node.string(block), pattern, options.wholeWord)) {
      const range = rangeAtOffsets(block, path, start, end);
      if (range) ranges.push(range);
    }
  }
  return ranges;
}

/** Replaces the text of `range` with `replacement`, as its own undo step. */
export function replaceMatch(editor: Editor, range: BaseRange, replacement: string): void {
  inNewBatch(editor, () => {
    Editor.withoutNormalizing(editor, () => {
      Transforms.delete(editor, { at: range });
      if (replacement !== '') Transforms.insertText(editor, replacement, { at: range.anchor });
    });
  });
}

/** Replaces every match of `query` with `replacement` as one undo step; answers how many were replaced. */
export function replaceAll(editor: Editor, query: string, replacement: string, options: SearchOptions): number {
  const matches = findAll(editor, query, options);
  if (matches.length === 0) return 0;
  inNewBatch(editor, () => {
    Editor.withoutNormalizing(editor, () => {
      // Last to first, so the ranges still to do keep their offsets.
      for (let i = matches.length - 1; i >= 0; i--) {
        const range = matches[i]!;
        Transforms.delete(editor, { at: range });
        if (replacement !== '') Transforms.insertText(editor, replacement, { at: range.anchor });
      }
    });
  });
  return matches.length;
}
