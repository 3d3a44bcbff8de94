import { useEffect, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { editorSettingsSchema } from '../../../shared/ipc/contract';
import { DEFAULT_RETENTION, keepsLessThan, retentionSettingsSchema, type RetentionSettings } from '../../../shared/model/version';
import { useApp } from '../../store';
import { Modal } from '../dialogs/Modal';
import { authorFrom, initialsOf } from '../review/YouForm';
import './settings.css';

/** The form's fields as typed: numbers stay text until saved, so a half-typed value is never lost. */
interface Draft {
  name: string;
  initials: string;
  headlineLimit: string;
  wordsPerMinute: string;
  keepAllDays: string;
  dailyAfter: boolean;
  maxAgeDays: string;
}

/** Labels of the fields, used in the messages that name them. */
const LABELS: Record<string, string> = {
  headlineLimit: 'Headline limit',
  wordsPerMinute: 'Reading speed',
  keepAllDays: 'Keep every version for',
  maxAgeDays: 'Delete versions older than',
};

/** The form's version fields for a policy. */
function retentionFields(policy: RetentionSettings): Pick<Draft, 'keepAllDays' | 'dailyAfter' | 'maxAgeDays'> {
  return { keepAllDays: String(policy.keepAllDays), dailyAfter: policy.dailyAfter, maxAgeDays: policy.maxAgeDays === null ? '' : String(policy.maxAgeDays) };
}

function sameRetention(a: RetentionSettings, b: RetentionSettings): boolean {
  return a.keepAllDays === b.keepAllDays && a.dailyAfter === b.dailyAfter && a.maxAgeDays === b.maxAgeDays;
}

const asNumber = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

/** A validator's complaint in the words of the form. */
function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return 'must be a whole number';
  if (issue.code === 'too_small') return `must be at least ${String(issue.minimum)}`;
  if (issue.code === 'too_big') return `must be at most ${String(issue.maximum)}`;
  return issue.message;
}

/** Each problem of a parse, led by the label of the field it is about. */
function problems(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    return `${LABELS[field] ?? field}: ${plainMessage(issue)}`;
  });
}

/** Settings: who you are on this machine, the newsroom's editor limits, and how long this workspace keeps versions. */
export function SettingsDialog() {
  const closeDialog = useApp((s) => s.closeDialog);
  const author = useApp((s) => s.author);
  const editorSettings = useApp((s) => s.editorSettings);
  const retention = useApp((s) => s.retention);
  const retentionProblem = useApp((s) => s.retentionProblem);
  const loadRetention = useApp((s) => s.loadRetention);
  const saveRetention = useApp((s) => s.saveRetention);
  const updateSettings = useApp((s) => s.updateSettings);
  const setAuthor = useApp((s) => s.setAuthor);

  const [draft, setDraft] = useState<Draft>(() => ({
    name: author.name,
    initials: author.initials,
    headlineLimit: String(editorSettings.headlineLimit),
    wordsPerMinute: String(editorSettings.wordsPerMinute),
    ...retentionFields(retention ?? DEFAULT_RETENTION),
  }));
  const [loaded, setLoaded] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  // Versions are saved only when touched, and a policy that deletes more asks twice.
  const [retentionTouched, setRetentionTouched] = useState(false);
  const [confirmingDeletion, setConfirmingDeletion] = useState(false);

  useEffect(() => {
    void loadRetention().then(() => setLoaded(true));
  }, [loadRetention]);
  const [shown, setShown] = useState(retention);
  if (retention && retention !== shown) {
    // The workspace's policy arrived: show it in the form, unless it is being edited already.
    setShown(retention);
    if (!retentionTouched) setDraft((d) => ({ ...d, ...retentionFields(retention) }));
  }

  const change = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const changeRetention = (patch: Partial<Draft>) => {
    setRetentionTouched(true);
    setConfirmingDeletion(false);
    change(patch);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const editor = editorSettingsSchema.safeParse({ headlineLimit: asNumber(draft.headlineLimit), wordsPerMinute: asNumber(draft.wordsPerMinute) });
    const versions = retentionSettingsSchema.safeParse({
      keepAllDays: asNumber(draft.keepAllDays),
      dailyAfter: draft.dailyAfter,
      maxAgeDays: draft.maxAgeDays.trim() === '' ? null : asNumber(draft.maxAgeDays),
    });
    const found = [...(editor.success ? [] : problems(editor.error)), ...(versions.success ? [] : problems(versions.error))];
    if (!editor.success || !versions.success) return setErrors(found);

    const saveVersions = retentionTouched && (retention === null || !sameRetention(versions.data, retention));
    if (saveVersions && !confirmingDeletion && keepsLessThan(versions.data, retention)) {
      setErrors([]);
      return setConfirmingDeletion(true);
    }

    setBusy(true);
    const failed: string[] = [];
    const you = authorFrom(draft.name, draft.initials);
    if (you.name && (you.name !== author.name || you.initials !== author.initials)) {
      if (!(await setAuthor(you))) failed.push('Your name could not be saved.');
    }
    const editorError = await updateSettings(editor.data);
    if (editorError) failed.push(editorError);
    const retentionError = saveVersions ? await saveRetention(versions.data) : null;
    if (retentionError) failed.push(retentionError);
    setBusy(false);
    if (failed.length > 0) setErrors(failed);
    else closeDialog();
  };

  return (
    <Modal title="Settings" onClose={closeDialog}>
      <form className="modal__form settings" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="settings__group">
          <legend>You, on this machine</legend>
          <div className="settings__pair">
            <label className="label">
              Your name
              <input className="field field--boxed" dir="auto" value={draft.name} maxLength={200} autoFocus onChange={(e) => change({ name: e.target.value })} />
            </label>
            <label className="label">
              Your initials
              <input
                className="field field--boxed settings__short"
                dir="auto"
                value={draft.initials}
                placeholder={initialsOf(draft.name)}
                maxLength={8}
                onChange={(e) => change({ initials: e.target.value })}
              />
            </label>
          </div>
        </fieldset>

        <fieldset className="settings__group">
          <legend>Writing</legend>
          <div className="settings__pair">
            <label className="label">
              Headline limit <span className="label__hint">characters</span>
              <input className="field field--boxed settings__short" inputMode="numeric" value={draft.headlineLimit} onChange={(e) => change({ headlineLimit: e.target.value })} />
            </label>
            <label className="label">
              Reading speed <span className="label__hint">words a minute</span>
              <input className="field field--boxed settings__short" inputMode="numeric" value={draft.wordsPerMinute} onChange={(e) => change({ wordsPerMinute: e.target.value })} />
            </label>
          </div>
        </fieldset>

        <fieldset className="settings__group" disabled={!loaded}>
          <legend>Versions in this workspace</legend>
          {retentionProblem && (
            <p className="settings__problem" role="alert">
              {retentionProblem}
            </p>
          )}
          <label className="label">
            Keep every version for <span className="label__hint">days</span>
            <input className="field field--boxed settings__short" inputMode="numeric" value={draft.keepAllDays} onChange={(e) => changeRetention({ keepAllDays: e.target.value })} />
          </label>
          <label className="label">
            After that, keep
            <select className="select" value={draft.dailyAfter ? 'daily' : 'all'} onChange={(e) => changeRetention({ dailyAfter: e.target.value === 'daily' })}>
              <option value="daily">One version a day</option>
              <option value="all">Every version</option>
            </select>
          </label>
          <label className="label">
            Delete versions older than <span className="label__hint">days; empty keeps them for ever</span>
            <input className="field field--boxed settings__short" inputMode="numeric" value={draft.maxAgeDays} onChange={(e) => changeRetention({ maxAgeDays: e.target.value })} />
          </label>
          <p className="label__hint">Each story applies this when its next version is kept.</p>
        </fieldset>

        {errors.length > 0 && (
          <ul className="settings__errors" role="alert" aria-label="Settings problems">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
        {confirmingDeletion && (
          <p className="settings__problem" role="alert">
            Versions beyond the new limits will be deleted, each story&rsquo;s at its next save. This cannot be undone.
          </p>
        )}
        <div className="modal__actions">
          <button type="button" className="button" onClick={closeDialog}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy || !loaded}>
            {confirmingDeletion ? 'Save and delete old versions' : 'Save'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
