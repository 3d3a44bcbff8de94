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

/** Runs `fn` in an idle moment (within `timeoutMs` at the latest); returns a function that cancels it. */
function whenIdle(fn: () => void, timeoutMs = 500): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(fn, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = setTimeout(fn, 0);
  return () => clearTimeout(timer);
}

/** True when Chromium has input waiting (navigator.scheduling.isInputPending); false where unknown. */
function inputPending(): boolean {
  const scheduling = (navigator as Navigator & { scheduling?: { isInputPending?: () => boolean } }).scheduling;
  return scheduling?.isInputPending?.() === true;
}

/** Runs `fn` as soon as no input waits to be handled; returns a function that cancels it. */
function whenNoInput(fn: () => void): () => void {
  let timer = setTimeout(function check() {
    if (inputPending()) timer = setTimeout(check, 16);
    else fn();
  }, 0);
  return () => clearTimeout(timer);
}

/** Why derived work runs: it has just started watching, another story (or the same one reloaded) is open, or the open one was edited. */
export type RestReason = 'start' | 'opened' | 'edited';

/** How derived work follows the story. */
export interface RestOptions {
  /** Quiet time after an edit before the work runs. */
  delayMs: number;
  /** Which changes count as an edit; by default any change to the article. */
  changed?: (state: AppState, previous: AppState) => boolean;
  /**
   * Waits for an idle moment (for work that may lag, like counts); otherwise runs as soon as
   * no input is waiting, for work people watch, like the preview: idle moments can be far apart.
   */
  idle?: boolean;
}

/**
 * Keeps derived work (counts, preview, quote analysis) off the typing path: runs `work` once
 * now, at once when another story opens or the open one is reloaded, and `delayMs` after the
 * last edit that counts. Outside React; returns a function that stops.
 */
export function whenStoryRests(store: StoreApi<AppState>, options: RestOptions, work: (reason: RestReason) => void): () => void {
  const { delayMs, changed = (state, previous) => state.story?.article !== previous.story?.article, idle = true } = options;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let cancelRun: (() => void) | null = null;
  let pending: RestReason | null = null;
  const cancel = () => {
    if (timer) clearTimeout(timer);
    cancelRun?.();
    timer = null;
    cancelRun = null;
    pending = null;
  };
  const run = (reason: RestReason) => {
    const go = () => {
      cancelRun = null;
      pending = null;
      work(reason);
    };
    pending = reason;
    cancelRun = idle ? whenIdle(go) : whenNoInput(go);
  };
  run('start');
  const unsubscribe = store.subscribe((state, previous) => {
    const [story, before] = [state.story, previous.story];
    if (story?.id !== before?.id || story?.loads !== before?.loads) {
      cancel();
      run('opened');
    } else if (changed(state, previous)) {
      // A story just opened is shown as soon as it can be, edits and all; typing does not put it off.
      if (pending === 'start' || pending === 'opened') return;
      cancel();
      timer = setTimeout(() => {
        timer = null;
        run('edited');
      }, delayMs);
    }
  });
  return () => {
    unsubscribe();
    cancel();
  };
}
