import { useEffect } from 'react';
import { useApp, useAppStore } from '../store';

/** Quiet time after the last edit before saving on its own. */
export const AUTOSAVE_DELAY_MS = 1500;

/** Saves 1.5 s after the last edit, when the window loses focus, and before it unloads. */
export function useAutosave(desktop: boolean): void {
  const store = useAppStore();
  const edits = useApp((s) => s.story?.edits ?? 0);
  const id = useApp((s) => s.story?.id);

  useEffect(() => {
    if (!store.getState().story?.dirty) return;
    const timer = setTimeout(() => void store.getState().save(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [store, edits, id]);

  useEffect(() => {
    const flush = () => void store.getState().save();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const story = store.getState().story;
      if (!story?.dirty) return;
      flush();
      // The browser asks before leaving; the desktop app handles closing itself.
      if (!desktop) event.preventDefault();
    };
    window.addEventListener('blur', flush);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('blur', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [store, desktop]);
}
