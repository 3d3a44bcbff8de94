import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store';

/** How often a version is kept while someone is editing. */
export const SNAPSHOT_INTERVAL_MS = 5 * 60 * 1000;

/** The interval; `?snapshotMs=N` in the page address changes it (tests). */
export function snapshotInterval(search: string = window.location.search): number {
  const asked = Number(new URLSearchParams(search).get('snapshotMs'));
  return Number.isInteger(asked) && asked >= 1000 && asked <= 3_600_000 ? asked : SNAPSHOT_INTERVAL_MS;
}

/** Every few minutes of editing, keeps a version of the story; quiet minutes keep none. */
export function useIntervalSnapshot(): void {
  const store = useAppStore();
  const seen = useRef<{ id: string; edits: number } | null>(null);
  useEffect(() => {
    const timer = setInterval(() => {
      const story = store.getState().story;
      if (!story) return;
      // A story counts its edits from 0 when it opens.
      const before = seen.current?.id === story.id ? seen.current.edits : 0;
      seen.current = { id: story.id, edits: story.edits };
      if (story.edits !== before) void store.getState().snapshot('interval');
    }, snapshotInterval());
    return () => clearInterval(timer);
  }, [store]);
}
