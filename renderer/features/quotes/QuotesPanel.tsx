import { useMemo, useState, type CSSProperties } from 'react';
import { Editor, Node } from 'slate';
import { runChecks } from '../../../shared/checks';
import { quotationMarksCheck, quoteIntegrityCheck, untaggedQuotesCheck } from '../../../shared/checks/quotes';
import type { Speaker } from '../../../shared/model/article';
import { ambiguousPronounCheck, speakerFirstMentionCheck, unattributedQuotesCheck, unbalancedQuotesCheck } from '../../../shared/quotes/checks';
import { getActiveEditor, revealBlock, revealRange } from '../../editor/active-editor';
import { rangeInElementAt } from '../../editor/offsets';
import { quoteEntries } from '../../editor/transforms/quotes';
import { useApp, useAppStore } from '../../store';
import { dismissKey } from '../../store/quotes-slice';
import { acceptSuggestions, addSpeaker, mergeSpeakers, removeSpeaker } from './actions';
import type { PlacedSuggestion } from './analysis';
import { speakerColor, speakerName, updateSpeaker } from './cast';
import { percent } from './decorate';
import { groupBySpeaker, type ListedQuote, type SpeakerGroup } from './groups';
import { SpeakerForm } from './SpeakerForm';
import './quotes.css';

const QUOTE_CHECKS = [
  untaggedQuotesCheck,
  unattributedQuotesCheck,
  unbalancedQuotesCheck,
  quotationMarksCheck,
  ambiguousPronounCheck,
  speakerFirstMentionCheck,
  quoteIntegrityCheck,
];
const NO_SPEAKERS: Speaker[] = [];

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

function jumpToQuote(quoteId: string): void {
  const editor = getActiveEditor();
  const entry = editor ? quoteEntries(editor, quoteId)[0] : undefined;
  if (editor && entry) revealRange(editor, Editor.range(editor, entry[1]));
}

function jumpToSuggestion(s: PlacedSuggestion): void {
  const editor = getActiveEditor();
  if (!editor) return;
  const fresh = Node.has(editor, s.path) && Node.string(Node.get(editor, s.path)) === s.containerText;
  const range = fresh ? rangeInElementAt(editor, s.path, s.from, s.to) : null;
  if (range) revealRange(editor, range);
  else revealBlock(s.path[0] ?? 0);
}

function jumpToPath(path: number[]): void {
  const editor = getActiveEditor();
  if (editor && Node.has(editor, path)) revealRange(editor, Editor.range(editor, path), true);
}

function QuoteItem({ quote }: { quote: ListedQuote }) {
  return (
    <li>
      <button type="button" className="quotes-panel__quote" onClick={() => jumpToQuote(quote.quoteId)} title="Show in the story">
        “{quote.text}”
      </button>
    </li>
  );
}

function SpeakerCard({ group, cast, editing }: { group: SpeakerGroup; cast: readonly Speaker[]; editing: boolean }) {
  const store = useAppStore();
  const [mode, setMode] = useState<'idle' | 'merge' | 'remove'>('idle');
  const others = cast.filter((s) => s.id !== group.speaker?.id);
  const [into, setInto] = useState('');
  const { speaker } = group;
  const color = speaker ? speakerColor(speaker.id, cast) : '#8a9096';
  const name = speaker ? speakerName(speaker) : 'No speaker';
  const details = speaker ? [speaker.role, speaker.organisation].filter(Boolean).join(', ') : 'Quotes nobody is tagged for';
  const setEditing = store.getState().setEditingSpeaker;

  return (
    <section className="speaker-card" aria-label={name} style={{ '--speaker-color': color } as CSSProperties}>
      <header className="speaker-card__header">
        <span className="speaker-dot" style={{ background: color }} aria-hidden="true" />
        <div className="speaker-card__who">
          <h4 className="speaker-card__name">{name}</h4>
          {details && <div className="speaker-card__details">{details}</div>}
        </div>
        <div className="speaker-card__stats" aria-label={`${plural(group.quotes.length, 'quote')}, ${percent(group.share)} of quoted words`}>
          <span className="speaker-card__count">{plural(group.quotes.length, 'quote')}</span>
          <span className="speaker-card__share">{percent(group.share)}</span>
        </div>
      </header>
      <div className="speaker-card__bar" aria-hidden="true">
        <span style={{ width: percent(group.share) }} />
      </div>
      {speaker && editing && (
        <SpeakerForm
          speaker={speaker}
          onCancel={() => setEditing(null)}
          onSave={(patch) => {
            store.getState().editSpeakers((c) => updateSpeaker(c, speaker.id, patch));
            setEditing(null);
          }}
        />
      )}
      {speaker && !editing && mode === 'idle' && (
        <div className="speaker-card__actions">
          <button type="button" className="button button--small button--quiet" onClick={() => setEditing(speaker.id)}>
            Edit
          </button>
          {others.length > 0 && (
            <button type="button" className="button button--small button--quiet" onClick={() => setMode('merge')}>
              Merge…
            </button>
          )}
          <button type="button" className="button button--small button--quiet" onClick={() => setMode('remove')}>
            Remove
          </button>
        </div>
      )}
      {speaker && mode === 'merge' && (
        <div className="speaker-card__confirm">
          <label>
            <span>Merge {name} into</span>
            <select className="select" value={into} onChange={(e) => setInto(e.target.value)} aria-label="Speaker to keep">
              <option value="">Choose…</option>
              {others.map((s) => (
                <option key={s.id} value={s.id}>
                  {speakerName(s)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button button--small button--primary"
            disabled={!into}
            onClick={() => {
              mergeSpeakers(store, getActiveEditor(), into, speaker.id);
              setMode('idle');
            }}
          >
            Merge
          </button>
          <button type="button" className="button button--small button--quiet" onClick={() => setMode('idle')}>
            Cancel
          </button>
        </div>
      )}
      {speaker && mode === 'remove' && (
        <div className="speaker-card__confirm" role="group" aria-label={`Remove ${name}`}>
          <p>
            Remove {name} from the cast? {group.quotes.length > 0 ? `Their ${plural(group.quotes.length, 'quote')} will be untagged.` : ''} No text changes.
          </p>
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => {
              setMode('idle');
              removeSpeaker(store, getActiveEditor(), speaker.id);
            }}
          >
            Remove speaker
          </button>
          <button type="button" className="button button--small button--quiet" onClick={() => setMode('idle')}>
            Cancel
          </button>
        </div>
      )}
      {group.quotes.length > 0 && (
        <ul className="quotes-panel__quotes" aria-label={`Quotes by ${name}`}>
          {group.quotes.map((q) => (
            <QuoteItem key={q.quoteId} quote={q} />
          ))}
        </ul>
      )}
    </section>
  );
}

function SuggestionItem({ s, onAccept, onDismiss }: { s: PlacedSuggestion; onAccept: () => void; onDismiss: () => void }) {
  const cast = useApp((state) => state.story?.article.speakers ?? NO_SPEAKERS);
  const color = s.speakerId ? speakerColor(s.speakerId, cast) : undefined;
  return (
    <li className="suggestion" aria-label={`Suggested: ${s.text.slice(0, 60)}`}>
      <button type="button" className="quotes-panel__quote suggestion__text" onClick={() => jumpToSuggestion(s)} title="Show in the story">
        {s.kind === 'direct' ? `“${s.text}”` : s.text}
      </button>
      <div className="suggestion__meta">
        <span className="suggestion__speaker">
          {color && <span className="speaker-dot" style={{ background: color }} aria-hidden="true" />}
          {s.speakerName ?? 'No speaker found'}
          {s.speakerName && !s.speakerId && <span className="suggestion__new"> new</span>}
        </span>
        <span className="suggestion__evidence">
          {s.cue && (
            <>
              cue <q>{s.cue.text}</q>
            </>
          )}
          {s.mention && (
            <>
              {s.cue ? ' · ' : ''}mention <q>{s.mention.text}</q>
            </>
          )}
        </span>
        <span className="suggestion__confidence" title="Confidence">
          {percent(s.confidence)}
        </span>
      </div>
      <div className="suggestion__actions">
        <button type="button" className="button button--small" onClick={onAccept}>
          Accept
        </button>
        <button type="button" className="button button--small button--quiet" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </li>
  );
}

function SuggestionList({ title, items, storyId }: { title: string; items: PlacedSuggestion[]; storyId: string }) {
  const store = useAppStore();
  const accept = (list: PlacedSuggestion[]) => {
    const editor = getActiveEditor();
    if (editor) acceptSuggestions(store, editor, list);
  };
  if (items.length === 0) return null;
  return (
    <section className="quotes-panel__section" aria-label={title}>
      <header className="quotes-panel__section-head">
        <h3>
          {title} <span className="quotes-panel__count">{items.length}</span>
        </h3>
        {items.length > 1 && (
          <button type="button" className="button button--small" onClick={() => accept(items)}>
            Accept all
          </button>
        )}
      </header>
      <ul className="quotes-panel__suggestions">
        {items.map((s) => (
          <SuggestionItem key={s.key} s={s} onAccept={() => accept([s])} onDismiss={() => store.getState().dismissQuote(storyId, s.key)} />
        ))}
      </ul>
    </section>
  );
}

function AddSpeaker() {
  const store = useAppStore();
  const [name, setName] = useState<string | null>(null);
  if (name === null) {
    return (
      <button type="button" className="button button--small button--quiet" onClick={() => setName('')}>
        Add speaker
      </button>
    );
  }
  return (
    <form
      className="quotes-panel__add"
      onSubmit={(e) => {
        e.preventDefault();
        const id = addSpeaker(store, { fullName: name });
        setName(null);
        if (id) store.getState().setEditingSpeaker(id);
      }}
    >
      <input
        type="text"
        aria-label="Full name of the new speaker"
        placeholder="Full name"
        value={name}
        maxLength={200}
        autoFocus
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && setName(null)}
      />
      <button type="submit" className="button button--small" disabled={name.trim() === ''}>
        Add
      </button>
    </form>
  );
}

/** The Quotes panel: speakers and their quotes, suggestions to confirm, and the quote checks. */
export function QuotesPanel() {
  const analysis = useApp((s) => s.quoteAnalysis);
  const storyId = useApp((s) => s.story?.id ?? null);
  const cast = useApp((s) => s.story?.article.speakers ?? NO_SPEAKERS);
  const dismissed = useApp((s) => s.dismissedQuotes);
  const editing = useApp((s) => s.editingSpeaker);
  const [untaggedOnly, setUntaggedOnly] = useState(false);

  const current = analysis && analysis.storyId === storyId ? analysis : null;
  const groups = useMemo(() => (current ? groupBySpeaker(current.tagged, cast) : []), [current, cast]);
  const problems = useMemo(() => (current ? runChecks(current.article, { checks: QUOTE_CHECKS }) : []), [current]);
  const open = useMemo(
    () => (current ? current.suggestions.filter((s) => !dismissed[dismissKey(current.storyId, s.key)]) : []),
    [current, dismissed],
  );

  if (!current || storyId === null) return <p className="quotes-panel__empty">Looking for quotes…</p>;
  const direct = open.filter((s) => s.kind === 'direct');
  const reported = open.filter((s) => s.kind === 'indirect');
  const tagged = groups.reduce((n, g) => n + g.quotes.length, 0);
  const shown = untaggedOnly ? groups.filter((g) => !g.speaker) : groups;

  return (
    <div className="quotes-panel">
      <div className="quotes-panel__summary">
        <span>
          {plural(tagged, 'tagged quote')} · {plural(cast.length, 'speaker')}
        </span>
        <label className="quotes-panel__filter">
          <input type="checkbox" checked={untaggedOnly} onChange={(e) => setUntaggedOnly(e.target.checked)} />
          Untagged only
        </label>
      </div>

      <SuggestionList title="Suggested quotes" items={direct} storyId={storyId} />

      <section className="quotes-panel__section" aria-label="Speakers">
        <header className="quotes-panel__section-head">
          <h3>{untaggedOnly ? 'Quotes with no speaker' : 'Speakers'}</h3>
          {!untaggedOnly && <AddSpeaker />}
        </header>
        {shown.length === 0 && (
          <p className="quotes-panel__hint">
            {untaggedOnly ? 'Every tagged quote has a speaker.' : 'No speakers yet. Select a name in the story and add it, or accept a suggestion.'}
          </p>
        )}
        {shown.map((g) => (
          <SpeakerCard key={g.speaker?.id ?? 'none'} group={g} cast={cast} editing={!!g.speaker && editing === g.speaker.id} />
        ))}
      </section>

      <SuggestionList title="Reported speech" items={reported} storyId={storyId} />

      <section className="quotes-panel__section" aria-label="Quote checks">
        <header className="quotes-panel__section-head">
          <h3>
            Checks <span className="quotes-panel__count">{problems.length}</span>
          </h3>
        </header>
        {problems.length === 0 ? (
          <p className="quotes-panel__hint">No problems with quotes.</p>
        ) : (
          <ul className="quotes-panel__checks">
            {problems.map((p, i) => (
              <li key={i} className={`quote-check quote-check--${p.severity}`}>
                {p.path ? (
                  <button type="button" className="quote-check__message" onClick={() => jumpToPath(p.path!)}>
                    {p.message}
                  </button>
                ) : (
                  <span className="quote-check__message">{p.message}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
