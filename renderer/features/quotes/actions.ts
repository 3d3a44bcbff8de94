import { Editor, Node, type BaseRange } from 'slate';
import type { StoreApi } from 'zustand';
import type { Speaker } from '../../../shared/model/article';
import type { Block } from '../../../shared/model/body';
import { rangeInElementAt } from '../../editor/offsets';
import { retagSpeaker, tagQuote, untagSpeaker } from '../../editor/transforms/quotes';
import type { AppState } from '../../store';
import { analyseQuotes, type PlacedSuggestion } from './analysis';
import { findSpeaker, makeSpeaker, mergeCast, removeFromCast, type SpeakerDraft } from './cast';

type Store = StoreApi<AppState>;

/** Adds a speaker to the open story's cast, or finds the one of that name already there; returns their id. */
export function addSpeaker(store: Store, draft: SpeakerDraft): string | null {
  const article = store.getState().story?.article;
  if (!article || draft.fullName.trim() === '') return null;
  const existing = findSpeaker(article.speakers, draft.fullName);
  if (existing) return existing.id;
  const speaker = makeSpeaker(draft);
  store.getState().editSpeakers((cast) => [...cast, speaker]);
  return speaker.id;
}

/** Merges speaker `drop` into `keep`: their quotes move to `keep`, and `drop` leaves the cast. */
export function mergeSpeakers(store: Store, editor: Editor | null, keep: string, drop: string): void {
  if (keep === drop) return;
  if (editor) retagSpeaker(editor, drop, keep);
  store.getState().editSpeakers((cast) => mergeCast(cast, keep, drop));
}

/** Removes a speaker from the cast; their quotes stay, with no speaker, and no text changes. */
export function removeSpeaker(store: Store, editor: Editor | null, id: string): void {
  if (editor) untagSpeaker(editor, id);
  store.getState().editSpeakers((cast) => removeFromCast(cast, id));
}

/** The range of a suggestion in the body as it is now, or null when its paragraph changed since it was found. */
function suggestionRange(editor: Editor, s: PlacedSuggestion): BaseRange | null {
  if (!Node.has(editor, s.path) || Node.string(Node.get(editor, s.path)) !== s.containerText) return null;
  return rangeInElementAt(editor, s.path, s.from, s.to);
}

/** The speaker a suggestion names, from the cast or added to it (with the pronoun the text uses for them). */
function speakerFor(store: Store, s: PlacedSuggestion, pronouns: Record<string, Speaker['pronoun']>): string | null {
  if (!s.speakerName) return null;
  return addSpeaker(store, { fullName: s.speakerName, pronoun: pronouns[s.speakerName] ?? '' });
}

/**
 * Tags suggested quotes with their speakers (adding new speakers to the cast) in one undo step.
 * Suggestions whose paragraph changed since they were found are found again first. Returns how many were tagged.
 */
export function acceptSuggestions(store: Store, editor: Editor, chosen: readonly PlacedSuggestion[]): number {
  const state = store.getState();
  const story = state.story;
  if (!story || chosen.length === 0) return 0;
  let list = [...chosen];
  if (list.some((s) => suggestionRange(editor, s) === null)) {
    const fresh = analyseQuotes(story.id, { ...story.article, body: editor.children as Block[] });
    state.setQuoteAnalysis(fresh);
    list = list.map((s) => fresh.suggestions.find((f) => f.kind === s.kind && f.text === s.text) ?? s);
  }
  const pronouns = state.quoteAnalysis?.pronouns ?? {};
  const targets = list
    .map((s) => ({ s, range: suggestionRange(editor, s) }))
    .filter((t): t is { s: PlacedSuggestion; range: BaseRange } => t.range !== null)
    .map((t) => ({ ...t, speakerId: speakerFor(store, t.s, pronouns) }));
  let tagged = 0;
  Editor.withoutNormalizing(editor, () => {
    const refs = targets.map((t) => ({ ...t, ref: Editor.rangeRef(editor, t.range, { affinity: 'inward' }) }));
    for (const t of refs) {
      const at = t.ref.unref();
      if (at && tagQuote(editor, t.speakerId, { at })) tagged++;
    }
  });
  return tagged;
}

