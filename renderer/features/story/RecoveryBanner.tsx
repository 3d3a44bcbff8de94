import { clockTime, fullTime } from '../../app/format';
import { useApp } from '../../store';

/** "12:03" today, else the date and time. */
function when(iso: string): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  return new Date(then).toDateString() === new Date().toDateString() ? clockTime(then) : fullTime(iso);
}

/** Offers back the unsaved edits of the open story found in a backup; nothing is written until the user chooses. */
export function RecoveryBanner() {
  const recovery = useApp((s) => (s.recovery && s.story?.id === s.recovery.id ? s.recovery : null));
  const restore = useApp((s) => s.restoreRecovery);
  const discard = useApp((s) => s.discardRecovery);
  if (!recovery) return null;
  return (
    <div className="banner banner--recovery" role="alert" aria-label="Recovered changes">
      <div className="banner__text">
        <strong>Unsaved changes from {when(recovery.savedAt)} were recovered</strong>
        <span>
          {recovery.fileChanged
            ? 'The file was saved again after them. Restore puts them on top as unsaved changes.'
            : 'Restore puts them back as unsaved changes.'}
        </span>
      </div>
      <div className="banner__actions">
        <button type="button" className="button button--primary" onClick={restore}>
          Restore
        </button>
        <button type="button" className="button" onClick={() => void discard()}>
          Discard
        </button>
      </div>
    </div>
  );
}
