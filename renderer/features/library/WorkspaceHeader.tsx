import { useShallow } from 'zustand/react/shallow';
import { formatHotkey } from '../../editor/hotkeys';
import { useApp } from '../../store';

/** The workspace name, "Open workspace…" on the desktop, and the recent workspaces. */
export function WorkspaceHeader() {
  const { name, path, canChoose } = useApp(
    useShallow((s) => ({ name: s.info?.name ?? '', path: s.info?.path ?? '', canChoose: s.info?.canChooseFolder ?? false })),
  );
  const recent = useApp(useShallow((s) => (s.info?.recent ?? []).filter((r) => r.path !== s.info?.path)));
  const openRecent = useApp((s) => s.openRecent);
  const chooseWorkspace = useApp((s) => s.chooseWorkspace);
  const openDialog = useApp((s) => s.openDialog);

  return (
    <header className="workspace-header">
      <div className="workspace-header__title">
        <span className="eyebrow">Workspace</span>
        <h1 title={path}>{name || '…'}</h1>
      </div>
      <div className="workspace-header__actions">
        <button type="button" className="button button--quiet" title={`Settings (${formatHotkey('mod+,')})`} onClick={() => openDialog({ kind: 'settings' })}>
          Settings
        </button>
        {canChoose && (
          <button type="button" className="button button--quiet" onClick={() => void chooseWorkspace()}>
            Open workspace…
          </button>
        )}
        {recent.length > 0 && (
          <select
            className="select select--quiet"
            aria-label="Recent workspaces"
            value=""
            onChange={(e) => {
              if (e.target.value) void openRecent(e.target.value);
            }}
          >
            <option value="">Recent…</option>
            {recent.map((r) => (
              <option key={r.key} value={r.key} title={r.path}>
                {r.name}
              </option>
            ))}
          </select>
        )}
      </div>
    </header>
  );
}
