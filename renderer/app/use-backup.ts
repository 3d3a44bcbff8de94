import { useEffect, useRef } from 'react';
import { useApp, useAppStore } from '../store';

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
  const edits = useApp((s) => s.story?.edits ?? 0);
  const id = useApp((s) => s.story?.id ?? null);
  const dirty = useApp((s) => s.story?.dirty ?? false);
  const pendingSince = useRef<number | null>(null);
  const last = useRef<{ id: string | null; dirty: boolean }>({ id: null, dirty: false });

  useEffect(() => {
    if (!store.getState().story?.dirty) {
      pendingSince.current = null;
      return;
    }
    const now = Date.now();
    pendingSince.current ??= now;
    const delay = Math.min(BACKUP_DELAY_MS, Math.max(0, pendingSince.current + BACKUP_MAX_WAIT_MS - now));
    const timer = setTimeout(() => {
      pendingSince.current = null;
      void store.getState().backupNow();
    }, delay);
    return () => clearTimeout(timer);
  }, [store, edits, id]);

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
