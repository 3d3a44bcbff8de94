import type { StoreApi } from 'zustand/vanilla';
import type { AppState } from './types';

/**
 * Calls `listener` when another story opens or the open one is edited, outside React, so
 * that a keystroke re-renders nothing; returns a function that stops.
 */
export function onStoryEdits(store: StoreApi<AppState>, listener: () => void): () => void {
  return store.subscribe((state, previous) => {
    if (state.story?.id !== previous.story?.id || (state.story?.edits ?? 0) !== (previous.story?.edits ?? 0)) listener();
  });
}
