import type { StoreApi } from 'zustand/vanilla';
import type { CopydeskBridge } from '../../shared/ipc/contract';
import type { AppState } from '../store';
import { selectAllFromMenu, undoFromMenu } from './menu-edit';

/** Feeds pushed events and window focus into the store; returns a function that stops. */
export function connectEvents(api: CopydeskBridge, store: StoreApi<AppState>): () => void {
  const stops = [
    api.on('workspace:changed', (payload) => void store.getState().diskChanged(payload)),
    api.on('workspace:switched', (info) => store.getState().workspaceSwitched(info)),
    api.on('menu:newStory', () => store.getState().openDialog({ kind: 'new-story' })),
    api.on('menu:undo', () => undoFromMenu(store, 'undo')),
    api.on('menu:redo', () => undoFromMenu(store, 'redo')),
    api.on('menu:selectAll', () => selectAllFromMenu()),
    api.on('menu:settings', () => store.getState().openDialogUnlessOpen({ kind: 'settings' })),
    api.on('menu:openWorkspace', () => void store.getState().chooseWorkspace()),
    api.on('menu:openRecent', ({ key }) => void store.getState().openRecent(key)),
    // The window is closing: save (or at least back up), then let it go whatever happened.
    api.on('app:beforeQuit', () => {
      void store
        .getState()
        .flushBeforeQuit()
        .catch(() => undefined)
        .finally(() => void api['app:readyToQuit']({}));
    }),
  ];
  // A missed event (sleep, lost connection) is caught up on when the window comes back.
  const onFocus = () => {
    void store.getState().refreshList();
    void store.getState().refreshTrash();
  };
  window.addEventListener('focus', onFocus);
  return () => {
    for (const stop of stops) stop();
    window.removeEventListener('focus', onFocus);
  };
}
