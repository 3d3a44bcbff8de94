import { isHotkey } from 'is-hotkey';
import { useEffect } from 'react';
import { useAppStore } from '../store';

const isSave = isHotkey('mod+s');
const isNew = isHotkey('mod+n');
const isOpenWorkspace = isHotkey('mod+shift+o');
const isSettings = isHotkey('mod+,');

/** App-wide keys: save, new story, open workspace, settings. */
export function useShortcuts(): void {
  const store = useAppStore();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const state = store.getState();
      if (isSave(event)) {
        event.preventDefault();
        // A save asked for by hand also keeps a version.
        void state.saveNow();
      } else if (isNew(event)) {
        event.preventDefault();
        state.openDialogUnlessOpen({ kind: 'new-story' });
      } else if (isSettings(event)) {
        event.preventDefault();
        state.openDialogUnlessOpen({ kind: 'settings' });
      } else if (isOpenWorkspace(event) && state.info?.canChooseFolder) {
        event.preventDefault();
        void state.chooseWorkspace();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [store]);
}
