import { useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { exportFormatSchema, type ExportFormatName } from '../../../shared/ipc/contract';
import { STATUSES, type Status } from '../../../shared/model/article';
import { statusLabel } from '../../app/format';
import { isDesktop } from '../../ipc/client';
import { useApp } from '../../store';
import type { ExportRequest, ExportScope } from '../../store/export-slice';
import { Modal } from '../dialogs/Modal';
import { canInline, FORMAT_LABELS, publishes } from './formats';

type Pick = 'selected' | 'status';

/** Chooses what to export, in which format, and where; then starts the export. */
export function ExportDialog({ initial }: { initial: Omit<ExportRequest, 'destination'> }) {
  const closeExport = useApp((s) => s.closeExport);
  const runExport = useApp((s) => s.runExport);
  const lastFolder = useApp(useShallow((s) => (s.exportOutcome ? { folder: s.exportOutcome.folder, destination: s.exportOutcome.destination } : null)));
  const rows = useApp((s) => s.rows);
  const currentId = useApp((s) => s.story?.id ?? null);
  const stories = rows.filter((row): row is Extract<typeof row, { headline: string }> => !('error' in row));

  const single = initial.scope.kind === 'story' ? initial.scope : null;
  const [pick, setPick] = useState<Pick>(initial.scope.kind === 'status' ? 'status' : 'selected');
  const [selected, setSelected] = useState<Set<string>>(() => {
    if (initial.scope.kind === 'selected') return new Set(initial.scope.ids.length > 0 ? initial.scope.ids : currentId ? [currentId] : []);
    return new Set();
  });
  const [status, setStatus] = useState<Status>(initial.scope.kind === 'status' ? initial.scope.status : 'approved');
  const [format, setFormat] = useState<ExportFormatName>(initial.format);
  const [inlineImages, setInlineImages] = useState(initial.inlineImages);
  const [sameFolder, setSameFolder] = useState(false);
  const [busy, setBusy] = useState(false);

  const withStatus = stories.filter((row) => row.status === status).length;
  const scope: ExportScope = single ?? (pick === 'status' ? { kind: 'status', status } : { kind: 'selected', ids: stories.filter((r) => selected.has(r.id)).map((r) => r.id) });
  const count = scope.kind === 'story' ? 1 : scope.kind === 'selected' ? scope.ids.length : withStatus;
  const headline = single ? (stories.find((r) => r.id === single.id)?.headline.trim() || 'Untitled') : '';

  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (count === 0 || busy) return;
    setBusy(true);
    const request: ExportRequest = { scope, format, inlineImages: inlineImages && canInline(format) };
    if (sameFolder && lastFolder) request.destination = lastFolder.destination;
    closeExport();
    await runExport(request);
  };

  return (
    <Modal title={single ? 'Export story' : 'Export stories'} onClose={closeExport}>
      <form className="modal__form export-dialog" onSubmit={(e) => void submit(e)}>
        {single ? (
          <p className="export-dialog__story" dir="auto">
            {headline}
          </p>
        ) : (
          <fieldset className="export-dialog__group">
            <legend className="label">Stories</legend>
            <label className="export-dialog__choice">
              <input type="radio" name="pick" checked={pick === 'selected'} onChange={() => setPick('selected')} /> Selected stories
            </label>
            {pick === 'selected' && (
              <div className="export-dialog__stories">
                <label className="export-dialog__choice">
                  <input
                    type="checkbox"
                    checked={stories.length > 0 && selected.size === stories.length}
                    onChange={(e) => setSelected(new Set(e.target.checked ? stories.map((r) => r.id) : []))}
                  />{' '}
                  Select all
                </label>
                <ul className="export-dialog__list" aria-label="Stories to export">
                  {stories.map((row) => (
                    <li key={row.id}>
                      <label className="export-dialog__choice" dir="auto">
                        <input type="checkbox" checked={selected.has(row.id)} onChange={() => toggle(row.id)} /> {row.headline.trim() || 'Untitled'}
                      </label>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <label className="export-dialog__choice">
              <input type="radio" name="pick" checked={pick === 'status'} onChange={() => setPick('status')} /> All with status{' '}
              <select
                aria-label="Status"
                className="export-dialog__select"
                value={status}
                disabled={pick !== 'status'}
                onChange={(e) => setStatus(e.target.value as Status)}
              >
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {statusLabel(s)}
                  </option>
                ))}
              </select>{' '}
              <span className="label__hint">({withStatus})</span>
            </label>
          </fieldset>
        )}
        <label className="label">
          Format
          <select className="field field--boxed" value={format} onChange={(e) => setFormat(exportFormatSchema.parse(e.target.value))}>
            {exportFormatSchema.options.map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABELS[f]}
              </option>
            ))}
          </select>
        </label>
        <label className="export-dialog__choice">
          <input type="checkbox" checked={inlineImages && canInline(format)} disabled={!canInline(format)} onChange={(e) => setInlineImages(e.target.checked)} /> Put
          images inside the file
        </label>
        {lastFolder && (
          <label className="export-dialog__choice">
            <input type="checkbox" checked={sameFolder} onChange={(e) => setSameFolder(e.target.checked)} /> Same folder as last time{' '}
            <span className="label__hint">({lastFolder.folder})</span>
          </label>
        )}
        <p className="export-dialog__note">
          {sameFolder && lastFolder
            ? `Files go to ${lastFolder.folder}.`
            : isDesktop()
              ? 'You choose the folder next.'
              : 'Files go to a new folder exports/<date-time> in the workspace.'}
          {publishes(format) && ' Exported stories are marked Published.'}
          {!canInline(format) || !inlineImages ? ' Images are copied to assets/ beside the files.' : ''}
        </p>
        <div className="modal__actions">
          <button type="button" className="button" onClick={closeExport}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={count === 0 || busy}>
            {count === 1 ? 'Export 1 story' : `Export ${count} stories`}
          </button>
        </div>
      </form>
    </Modal>
  );
}
