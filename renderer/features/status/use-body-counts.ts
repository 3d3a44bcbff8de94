import { useEffect, useState } from 'react';
import type { Block } from '../../../shared/model/body';
import { blockText } from '../../../shared/model/text';
import { countCharacters, countWords } from '../../../shared/text/count';
import { useAppStore } from '../../store';
import { whenStoryRests } from '../../store/watch';
import type { AppState } from '../../store/types';

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

/** Counts of the open story's body, worked out off the typing path: after a pause, in idle time. */
export function useBodyCounts(): BodyCounts | null {
  const store = useAppStore();
  const [counts, setCounts] = useState<BodyCounts | null>(null);

  useEffect(() => {
    const cache = new WeakMap<Block, Counted>();
    const changed = (state: AppState, previous: AppState) => state.story?.article.body !== previous.story?.article.body;
    return whenStoryRests(store, { delayMs: COUNT_DELAY_MS, changed }, () => {
      const body = store.getState().story?.article.body;
      setCounts(body ? countBody(body, cache) : null);
    });
  }, [store]);

  return counts;
}
