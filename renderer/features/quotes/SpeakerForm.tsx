import { useState, type FormEvent } from 'react';
import type { Speaker } from '../../../shared/model/article';

const AFFILIATIONS = ['government', 'political', 'business', 'civil society', 'expert', 'member of the public', 'media', 'other'];

interface SpeakerFormProps {
  speaker: Speaker;
  onSave: (patch: Omit<Speaker, 'id'>) => void;
  onCancel: () => void;
}

/** Edits one speaker of the cast: names, role, organisation, pronoun and the source-balance fields. */
export function SpeakerForm({ speaker, onSave, onCancel }: SpeakerFormProps) {
  const [draft, setDraft] = useState<Omit<Speaker, 'id'>>(() => {
    const { id: _id, ...rest } = speaker;
    return { ...rest, gender: rest.gender ?? '', affiliationType: rest.affiliationType ?? '' };
  });
  const field = (key: 'fullName' | 'shortName' | 'role' | 'organisation' | 'gender', label: string, placeholder = '') => (
    <label className="speaker-form__field">
      <span>{label}</span>
      <input
        type="text"
        value={draft[key] ?? ''}
        placeholder={placeholder}
        maxLength={key === 'gender' ? 50 : 200}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
      />
    </label>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clean = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    onSave({
      fullName: clean(draft.fullName),
      shortName: clean(draft.shortName),
      role: clean(draft.role),
      organisation: clean(draft.organisation),
      pronoun: draft.pronoun,
      ...(clean(draft.gender) ? { gender: clean(draft.gender) } : {}),
      ...(clean(draft.affiliationType) ? { affiliationType: clean(draft.affiliationType) } : {}),
    });
  };
  return (
    <form className="speaker-form" aria-label={`Edit ${speaker.fullName || 'speaker'}`} onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      {field('fullName', 'Full name')}
      {field('shortName', 'Short name', 'Used after the first reference')}
      {field('role', 'Role or title')}
      {field('organisation', 'Organisation')}
      <div className="speaker-form__row">
        <label className="speaker-form__field">
          <span>Pronoun</span>
          <select value={draft.pronoun} onChange={(e) => setDraft({ ...draft, pronoun: e.target.value as Speaker['pronoun'] })}>
            <option value="">—</option>
            <option value="he">he</option>
            <option value="she">she</option>
            <option value="they">they</option>
          </select>
        </label>
        {field('gender', 'Gender', 'Optional')}
      </div>
      <label className="speaker-form__field">
        <span>Affiliation type</span>
        <select value={draft.affiliationType ?? ''} onChange={(e) => setDraft({ ...draft, affiliationType: e.target.value })}>
          <option value="">—</option>
          {AFFILIATIONS.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
          {draft.affiliationType && !AFFILIATIONS.includes(draft.affiliationType) && <option value={draft.affiliationType}>{draft.affiliationType}</option>}
        </select>
      </label>
      <div className="speaker-form__actions">
        <button type="button" className="button button--small button--quiet" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--small button--primary" disabled={draft.fullName.trim() === '' && draft.shortName.trim() === ''}>
          Save
        </button>
      </div>
    </form>
  );
}
