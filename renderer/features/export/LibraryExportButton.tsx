import { useApp } from '../../store';

/** "Export…" in the library: pick stories (or a status) and export them to a folder. */
export function LibraryExportButton() {
  const openExport = useApp((s) => s.openExport);
  const hasStories = useApp((s) => s.rows.some((row) => !('error' in row)));
  return (
    <button
      type="button"
      className="button button--small"
      disabled={!hasStories}
      onClick={() => openExport({ scope: { kind: 'selected', ids: [] }, format: 'html', inlineImages: false })}
    >
      Export…
    </button>
  );
}
