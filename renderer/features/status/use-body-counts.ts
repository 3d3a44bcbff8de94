import { useEffect, useState } from 'react';
import type { Block } from '../../../shared/model/body';
import { blockText } from '../../../shared/model/text';
import { countCharacters, countWords } from '../../../shared/text/count';
import { useAppStore } from '../../store';

/** Words and characters of the story body. */
export interface BodyCounts {
  words: number;
  characters: number;
}

/** Quiet time after a keystroke before counting again. */
export const COUNT_DELAY_MS = 300;

type Counted = { words: number; characters: number };

/**
 * Sums per-block counts, counting only blocks that changed: edits keep every
 * untouched block object, so a long story costs one block per keystroke.
 */
export function countBody(body: readonly Block[], cache: WeakMap<Block, Counted>): BodyCounts {
  let words = 0;
  let characters = 0;
  for (const block of body) {
    let counted = cache.get(block);
    if (!counted) {
      const text = blockText(block);
      counted = { words: countWords(text), characters: countCharacters(text) };
      cache.set(block, counted);
    }
    words += counted.words;
    characters += counted.characters;
  }
  return { words, characters };
}

const idle = (fn: () => void): (() => void) => {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(fn, { timeout: 500 });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = setTimeout(fn, 0);
  return () => clearTimeout(timer);
};

/** Counts of the open story's body, worked out off the typing path: after a pause, in idle time. */
export function useBodyCounts(): BodyCounts | null {
  const store = useAppStore();
  const [counts, setCounts] = useState<BodyCounts | null>(null);

  useEffect(() => {
    const cache = new WeakMap<Block, Counted>();
    let timer: ReturnType<typeof setTimeout> | null = null;
    let cancelIdle: (() => void) | null = null;
    const stop = () => {
      if (timer) clearTimeout(timer);
      cancelIdle?.();
      timer = null;
      cancelIdle = null;
    };
    const count = () => {
      const body = store.getState().story?.article.body;
      setCounts(body ? countBody(body, cache) : null);
    };
    const schedule = () => {
      stop();
      timer = setTimeout(() => {
        timer = null;
        cancelIdle = idle(count);
      }, COUNT_DELAY_MS);
    };
    cancelIdle = idle(count);
    const unsubscribe = store.subscribe((state, previous) => {
      const story = state.story;
      const before = previous.story;
      if (story?.article.body === before?.article.body) return;
      // A different story shows its counts at once; typing waits for a pause.
      if (story?.id !== before?.id || story?.loads !== before?.loads) {
        stop();
        cancelIdle = idle(count);
      } else {
        schedule();
      }
    });
    return () => {
      unsubscribe();
      stop();
    };
  }, [store]);

  return counts;
}
