import { useEffect } from 'react';
import { Dialogs } from '../features/dialogs/Dialogs';
import { ExportHost } from '../features/export/ExportHost';
import { Library } from '../features/library/Library';
import { StatusBar } from '../features/status/StatusBar';
import { StoryPane } from '../features/story/StoryPane';
import { useApp, useAppStore } from '../store';
import { NoticeBar } from './NoticeBar';
import { useAutosave } from './use-autosave';
import { useBackup } from './use-backup';
import { useSpellcheckLanguage } from './use-spellcheck';
import { useShortcuts } from './use-shortcuts';

/** The window: library on the left, the open story on the right, status along the bottom. */
export function App({ desktop }: { desktop: boolean }) {
  const store = useAppStore();
  const loadError = useApp((s) => s.loadError);
  const name = useApp((s) => s.info?.name);
  const headline = useApp((s) => s.story?.article.metadata.headline);
  const dirty = useApp((s) => s.story?.dirty ?? false);
  useAutosave(desktop);
  useBackup();
  useSpellcheckLanguage();
  useShortcuts();

  useEffect(() => {
    void store.getState().loadSettings();
    void store.getState().loadAuthor();
    // Unsaved edits left by a crash are offered back once the library is known.
    void store
      .getState()
      .loadWorkspace()
      .then(() => store.getState().recoverAtStart());
  }, [store]);

  useEffect(() => {
    const parts = [headline === undefined ? null : (dirty ? '• ' : '') + (headline.trim() || 'Untitled'), name, 'Copydesk'];
    document.title = parts.filter(Boolean).join(' — ');
  }, [headline, dirty, name]);

  if (loadError) {
    return (
      <div className="fatal" role="alert">
        <h1>Copydesk cannot open the workspace</h1>
        <p>{loadError}</p>
        <button type="button" className="button" onClick={() => void store.getState().loadWorkspace()}>
          Try again
        </button>
      </div>
    );
  }

  return (
    <div className="app">
      <Library />
      <main className="pane" aria-label="Story">
        <NoticeBar />
        <StoryPane />
      </main>
      <StatusBar />
      <Dialogs />
      <ExportHost />
    </div>
  );
}
