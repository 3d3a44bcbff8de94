import type { BrowserWindow } from 'electron';

/** How long a window may take to save before it closes anyway (a hung page must not keep it open). */
export const CLOSE_GRACE_MS = 5000;

/** Lets the page answer that it has saved. */
export interface CloseGuard {
  /** The page has saved or backed up everything; the window closes now. */
  ready(): void;
}

/** What the guard needs around the window. */
export interface CloseGuardOptions {
  /** Asks the page to save; false when the page cannot answer (gone or crashed), and the window closes at once. */
  askPage: () => boolean;
  graceMs?: number;
}

/**
 * Holds a window's first `close` until its page has saved (it answers with
 * `ready()`) or the grace time has passed, so closing never drops edits.
 */
export function guardWindowClose(win: Pick<BrowserWindow, 'on' | 'close' | 'isDestroyed'>, options: CloseGuardOptions): CloseGuard {
  let allowed = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const finish = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    allowed = true;
    if (!win.isDestroyed()) win.close();
  };

  win.on('close', (event) => {
    if (allowed) return;
    event.preventDefault();
    if (timer) return;
    if (!options.askPage()) {
      finish();
      return;
    }
    timer = setTimeout(finish, options.graceMs ?? CLOSE_GRACE_MS);
  });

  return {
    ready: () => {
      if (timer) finish();
    },
  };
}
