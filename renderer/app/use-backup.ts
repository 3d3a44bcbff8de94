import { useEffect, useRef } from 'react';
import { useApp, useAppStore } from '../store';
import { onStoryEdits } from '../store/watch';

/** Quiet time after the last edit before backing up. */
export const BACKUP_DELAY_MS = 1000;
/** Typing without a pause is still backed up this often. */
export const BACKUP_MAX_WAIT_MS = 2000;

/**
 * Keeps unsaved edits safe outside the story file: backs them up about a
 * second after the last edit (at least every two seconds while typing on),
 * drops the backup once the edits are on disk, and looks for a backup
 * whenever a story is opened.
 */
export function useBackup(): void {
  const store = useAppStore();
  const id = useApp((s) => s.story?.id ?? null);
  const dirty = useApp((s) => s.story?.dirty ?? false);
  const last = useRef<{ id: string | null; dirty: boolean }>({ id: null, dirty: false });

  // Each edit reschedules the backup.
  useEffect(() => {
    let pendingSince: number | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = undefined;
      if (!store.getState().story?.dirty) {
        pendingSince = null;
        return;
      }
      const now = Date.now();
      pendingSince ??= now;
      const delay = Math.min(BACKUP_DELAY_MS, Math.max(0, pendingSince + BACKUP_MAX_WAIT_MS - now));
      timer = setTimeout(() => {
        pendingSince = null;
        void store.getState().backupNow();
      }, delay);
    };
    arm();
    const unsubscribe = onStoryEdits(store, arm);
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [store]);

  useEffect(() => {
    const before = last.current;
    last.current = { id, dirty };
    if (id !== null && before.id === id && before.dirty && !dirty) void store.getState().discardBackup(id);
  }, [store, id, dirty]);

  useEffect(() => {
    if (store.getState().recovery?.id !== id) store.setState({ recovery: null });
    if (id !== null) void store.getState().checkBackup(id);
  }, [store, id]);
}
