import { useEffect } from 'react';
import { Editor } from 'slate';
import { ReactEditor, type RenderChunkProps } from 'slate-react';

/**
 * Top-level blocks per chunk. The body's blocks are grouped into nested chunks
 * of this many, each a memoized React component, so an edit re-renders one
 * short path of chunks instead of every block of a long story.
 */
export const CHUNK_SIZE = 16;

/**
 * Stories with more top-level blocks than this are chunked. Below it the
 * browser's own select-all and caret handling are faster and steadier on
 * plain blocks than on chunk boxes, and typing is fast enough anyway.
 */
export const CHUNK_FROM_BLOCKS = 1500;

/** Turns on slate-react's chunking of the body's top-level blocks for very long stories. */
export function withChunking<E extends ReactEditor>(editor: E): E {
  editor.getChunkSize = (node) => (Editor.isEditor(node) && node.children.length > CHUNK_FROM_BLOCKS ? CHUNK_SIZE : null);
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
const LAYING_OUT = 'body-chunk--laying-out';

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
    let stopped = false;
    const work = (deadline: IdleDeadline) => {
      handle = null;
      const batch: HTMLElement[] = [];
      for (const chunk of root.querySelectorAll<HTMLElement>('.body-chunk')) {
        if (laidOut.has(chunk)) continue;
        if (deadline.timeRemaining() < 4) break;
        chunk.classList.add(LAYING_OUT);
        void chunk.offsetHeight;
        laidOut.add(chunk);
        batch.push(chunk);
      }
      if (batch.length === 0) return;
      // Shown through one frame, so the browser remembers each chunk's real height for when it skips it again.
      requestAnimationFrame(() =>
        setTimeout(() => {
          for (const chunk of batch) chunk.classList.remove(LAYING_OUT);
          if (!stopped) schedule();
        }, 0),
      );
    };
    const schedule = () => {
      handle ??= requestIdleCallback(work);
    };
    schedule();
    const observer = new MutationObserver(schedule);
    observer.observe(root, { childList: true });
    return () => {
      stopped = true;
      observer.disconnect();
      if (handle !== null) cancelIdleCallback(handle);
    };
  }, [editor]);
}
