import { useEffect } from 'react';
import { Editor } from 'slate';
import { ReactEditor, type RenderChunkProps } from 'slate-react';

/**
 * Top-level blocks per chunk. The body's blocks are grouped into nested chunks
 * of this many, each a memoized React component, so an edit re-renders one
 * short path of chunks instead of every block of a long story.
 */
export const CHUNK_SIZE = 16;

/** Turns on slate-react's chunking of the body's top-level blocks. */
export function withChunking<E extends ReactEditor>(editor: E): E {
  editor.getChunkSize = (node) => (Editor.isEditor(node) ? CHUNK_SIZE : null);
  return editor;
}

/**
 * Draws a chunk: the lowest ones are boxes the browser may skip laying out and
 * painting while they are off screen (`content-visibility: auto`), which keeps
 * typing in a long story from paying for every line of it.
 */
export function renderChunk({ attributes, lowest, children }: RenderChunkProps) {
  if (!lowest) return <>{children}</>;
  return (
    <div {...attributes} className="body-chunk">
      {children}
    </div>
  );
}

const laidOut = new WeakSet<Element>();

/**
 * Lays out, in idle time, the chunks the browser has skipped so far. A chunk
 * off screen is not laid out until something needs it, and selecting all
 * needs every one of them at once; done ahead of time, select all stays quick
 * and the scroll bar knows the story's real length.
 */
export function useLayOutChunksWhenIdle(editor: Editor): void {
  useEffect(() => {
    let root: HTMLElement;
    try {
      root = ReactEditor.toDOMNode(editor, editor);
    } catch {
      return;
    }
    let handle: number | null = null;
    const work = (deadline: IdleDeadline) => {
      handle = null;
      const pending = [...root.querySelectorAll<HTMLElement>('.body-chunk')].filter((chunk) => !laidOut.has(chunk));
      for (const chunk of pending) {
        if (deadline.timeRemaining() < 4) break;
        chunk.style.contentVisibility = 'visible';
        void chunk.offsetHeight;
        chunk.style.contentVisibility = '';
        laidOut.add(chunk);
      }
      if (pending.some((chunk) => !laidOut.has(chunk))) schedule();
    };
    const schedule = () => {
      handle ??= requestIdleCallback(work);
    };
    schedule();
    const observer = new MutationObserver(schedule);
    observer.observe(root, { childList: true });
    return () => {
      observer.disconnect();
      if (handle !== null) cancelIdleCallback(handle);
    };
  }, [editor]);
}
