import { isHotkey } from 'is-hotkey';
import { useEffect } from 'react';
import { useApp, useAppStore } from '../../store';
import { Modal } from '../dialogs/Modal';
import { ExportDialog } from './ExportDialog';
import './export.css';

const isExportKey = isHotkey('mod+shift+e');
const SHOWN_FILES = 8;

function ReplaceQuestion() {
  const question = useApp((s) => s.replaceQuestion);
  const answerReplace = useApp((s) => s.answerReplace);
  if (!question) return null;
  const { files, folder } = question;
  const title = files.length === 1 ? 'Replace 1 file?' : `Replace ${files.length} files?`;
  return (
    <Modal title={title} onClose={() => void answerReplace(false)}>
      <div className="modal__body">
        <p>
          {files.length === 1 ? 'This file is' : 'These files are'} already in {folder}:
        </p>
        <ul className="export-replace__files">
          {files.slice(0, SHOWN_FILES).map((file) => (
            <li key={file}>{file}</li>
          ))}
          {files.length > SHOWN_FILES && <li>and {files.length - SHOWN_FILES} more</li>}
        </ul>
      </div>
      <div className="modal__actions">
        <button type="button" className="button" autoFocus onClick={() => void answerReplace(false)}>
          Cancel
        </button>
        <button type="button" className="button button--danger" onClick={() => void answerReplace(true)}>
          Replace
        </button>
      </div>
    </Modal>
  );
}

function Progress() {
  const job = useApp((s) => s.exportJob);
  const cancelExport = useApp((s) => s.cancelExport);
  if (!job) return null;
  return (
    <div className="export-toast" role="status" aria-label="Export progress">
      <div className="export-toast__text">
        {job.cancelling ? 'Stopping…' : `Exporting ${job.done} of ${job.total}`}
        {job.current && <span className="export-toast__current"> {job.current}</span>}
      </div>
      <progress className="export-toast__bar" max={Math.max(1, job.total)} value={job.done} aria-label="Exported" />
      <button type="button" className="button button--small" disabled={job.cancelling} onClick={() => void cancelExport()}>
        Cancel
      </button>
    </div>
  );
}

function Outcome() {
  const outcome = useApp((s) => s.exportOutcome);
  const dismiss = useApp((s) => s.dismissExportOutcome);
  if (!outcome) return null;
  const { written, errors, cancelled, published, skipped, folder } = outcome;
  const files = written.length === 1 ? '1 file' : `${written.length} files`;
  let text = cancelled ? `Export cancelled: ${files} written to ${folder}, ${skipped} not exported.` : `Exported ${files} to ${folder}.`;
  if (published.length > 0) text += ` ${published.length === 1 ? '1 story' : `${published.length} stories`} marked Published.`;
  return (
    <div className={`export-toast${errors.length > 0 ? ' export-toast--error' : ''}`} role="status" aria-label="Export result">
      <div className="export-toast__text">
        {text}
        {errors.length > 0 && (
          <ul className="export-toast__errors">
            {errors.slice(0, SHOWN_FILES).map((e, i) => (
              <li key={i}>
                {e.id ? `${e.id}: ` : ''}
                {e.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" className="button button--small button--quiet" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}

/** Export dialogs, the progress of a running export and its result; Mod+Shift+E exports the open story. */
export function ExportHost() {
  const store = useAppStore();
  const dialog = useApp((s) => s.exportDialog);

  useEffect(() => store.getState().listenForExports(), [store]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isExportKey(event)) return;
      const state = store.getState();
      if (!state.story || state.dialog) return;
      event.preventDefault();
      state.openExport({ scope: { kind: 'story', id: state.story.id }, format: 'html', inlineImages: false });
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [store]);

  return (
    <>
      {dialog && <ExportDialog initial={dialog} />}
      <ReplaceQuestion />
      <div className="export-toasts">
        <Progress />
        <Outcome />
      </div>
    </>
  );
}
