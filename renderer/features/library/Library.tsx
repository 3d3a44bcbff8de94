import { useApp } from '../../store';
import { LibraryExportButton } from '../export/LibraryExportButton';
import { StoryList } from './StoryList';
import { TrashList } from './TrashList';
import { WorkspaceHeader } from './WorkspaceHeader';

/** The left column: workspace, New story, and the Stories / Trash lists. */
export function Library() {
  const view = useApp((s) => s.view);
  const setView = useApp((s) => s.setView);
  const storyCount = useApp((s) => s.rows.length);
  const trashCount = useApp((s) => s.trash.length);
  const openDialog = useApp((s) => s.openDialog);
  const refreshTrash = useApp((s) => s.refreshTrash);

  return (
    <aside className="library" aria-label="Library">
      <WorkspaceHeader />
      <div className="library__toolbar">
        <div className="tabs" role="tablist" aria-label="Library view">
          <button
            type="button"
            role="tab"
            id="tab-stories"
            aria-controls="panel-library"
            aria-selected={view === 'stories'}
            className="tab"
            onClick={() => setView('stories')}
          >
            Stories <span className="tab__count">{storyCount}</span>
          </button>
          <button
            type="button"
            role="tab"
            id="tab-trash"
            aria-controls="panel-library"
            aria-selected={view === 'trash'}
            className="tab"
            onClick={() => {
              setView('trash');
              void refreshTrash();
            }}
          >
            Trash <span className="tab__count">{trashCount}</span>
          </button>
        </div>
        <button type="button" className="button button--primary" onClick={() => openDialog({ kind: 'new-story' })}>
          New story
        </button>
        <LibraryExportButton />
      </div>
      <div
        className="library__list"
        role="tabpanel"
        id="panel-library"
        aria-labelledby={view === 'stories' ? 'tab-stories' : 'tab-trash'}
      >
        {view === 'stories' ? <StoryList /> : <TrashList />}
      </div>
    </aside>
  );
}
