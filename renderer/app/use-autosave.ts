import { useEffect } from 'react';
import { useAppStore } from '../store';
import { onStoryEdits } from '../store/watch';

/** Quiet time after the last edit before saving on its own. */
export const AUTOSAVE_DELAY_MS = 1500;

/** The autosave delay; `?autosaveMs=N` in the page address changes it (tests hold autosave back with it). */
export function autosaveDelay(search: string = window.location.search): number {
  const asked = Number(new URLSearchParams(search).get('autosaveMs'));
  return Number.isInteger(asked) && asked >= 100 && asked <= 3_600_000 ? asked : AUTOSAVE_DELAY_MS;
}

/** Saves after a pause, when the window loses focus or is hidden, and before it unloads. */
export function useAutosave(desktop: boolean): void {
  const store = useAppStore();

  // Each edit restarts the wait.
  useEffect(() => {
    const delay = autosaveDelay();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = store.getState().story?.dirty ? setTimeout(() => void store.getState().save(), delay) : undefined;
    };
    arm();
    const unsubscribe = onStoryEdits(store, arm);
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [store]);

  useEffect(() => {
    const flush = () => void store.getState().save();
    // Going away: save, and back up too in case the save does not get through.
    const flushAll = () => {
      if (!store.getState().story?.dirty) return;
      flush();
      void store.getState().backupNow();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const story = store.getState().story;
      if (!story?.dirty) return;
      flushAll();
      // The browser asks before leaving; the desktop app saves before closing (app:beforeQuit).
      if (!desktop) event.preventDefault();
    };
    window.addEventListener('blur', flush);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', flushAll);
    return () => {
      window.removeEventListener('blur', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', flushAll);
    };
  }, [store, desktop]);
}
