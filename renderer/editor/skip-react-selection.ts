import { useLayoutEffect } from 'react';
import type { Editor } from 'slate';
import { ReactEditor } from 'slate-react';

/**
 * Spares React a walk over the whole story on every commit. While a
 * contenteditable has the focus, React DOM reads the selection as character
 * offsets into all of its text before each commit (to restore it should the
 * focus move), which in a long story costs milliseconds per keystroke. Slate
 * keeps the selection itself, so the body's root tells React's check
 * (`contentEditable === 'true'`) it is not the editing host; the attribute,
 * which the browser and slate-react go by, is untouched.
 */
export function useSkipReactSelectionRestore(editor: Editor): void {
  useLayoutEffect(() => {
    let root: HTMLElement;
    try {
      root = ReactEditor.toDOMNode(editor, editor);
    } catch {
      return;
    }
    Object.defineProperty(root, 'contentEditable', {
      configurable: true,
      get: () => 'inherit',
      set: (value: string) => root.setAttribute('contenteditable', value),
    });
    return () => {
      delete (root as { contentEditable?: string }).contentEditable;
    };
  }, [editor]);
}
