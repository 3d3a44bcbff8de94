import { useCallback, useRef } from 'react';
import { Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { ReactEditor, useSlateStatic } from 'slate-react';
import type { StoryElement } from '../custom-types';

/**
 * Sets properties of `element` in the story. Edits to one field, one after another with
 * nothing in between, are one undo step; anything else starts a new one.
 */
export function useElementUpdate<T extends StoryElement>(element: T): (props: Partial<T>, field: string) => void {
  const editor = useSlateStatic();
  const last = useRef<{ field: string; batch: unknown } | null>(null);
  return useCallback(
    (props, field) => {
      let path;
      try {
        path = ReactEditor.findPath(editor, element);
      } catch {
        return;
      }
      const undos = editor.history.undos;
      const top = undos[undos.length - 1];
      const apply = () => Transforms.setNodes<StoryElement>(editor, props as Partial<StoryElement>, { at: path, voids: true });
      if (top !== undefined && last.current?.field === field && last.current.batch === top) HistoryEditor.withMerging(editor, apply);
      else HistoryEditor.withNewBatch(editor, apply);
      last.current = { field, batch: editor.history.undos[editor.history.undos.length - 1] };
    },
    [editor, element],
  );
}
