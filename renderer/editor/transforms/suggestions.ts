import { Editor, Path, Point, Range, Text, Transforms, type BaseRange } from 'slate';
import type { Person } from '../../../shared/model/article';
import type { Block, SuggestionMark } from '../../../shared/model/body';
import { blockJoins } from '../../../shared/review/suggestions';
import { newId } from '../../../shared/util/id';

/** A new tracked-change mark by `author`, now. */
export function newSuggestionMark(kind: SuggestionMark['kind'], author: Person, at = new Date()): SuggestionMark {
  return { id: newId(), kind, by: { name: author.name, initials: author.initials }, at: at.toISOString() };
}

/** True when `mark` is a pending insertion made by `author`. */
export function isOwnInsertion(mark: SuggestionMark | undefined, author: Person): boolean {
  return mark?.kind === 'insert' && mark.by.name === author.name && mark.by.initials === author.initials;
}

function leafRange(editor: Editor, path: Path): BaseRange {
  return Editor.range(editor, path);
}

function intersection(a: BaseRange, b: BaseRange): BaseRange | null {
  return Range.intersection(a, b);
}

/** The deletion mark of `author` on the run just outside `point`, to extend rather than start a new one. */
function adjacentDeletion(editor: Editor, point: Point, side: 'before' | 'after', author: Person): SuggestionMark | null {
  const entry =
    side === 'before'
      ? Editor.previous(editor, { at: point, match: Text.isText })
      : Editor.next(editor, { at: point, match: Text.isText });
  const [leaf] = Editor.leaf(editor, point);
  const candidates = [leaf, entry?.[0]];
  for (const node of candidates) {
    const mark = node && Text.isText(node) ? node.suggestion : undefined;
    if (mark?.kind === 'delete' && mark.by.name === author.name && mark.by.initials === author.initials) return mark;
  }
  return null;
}

/**
 * Marks the text of `range` as deleted by `author` instead of removing it. Text of
 * the author's own pending insertion is removed for real; text already suggested
 * by someone else is left as it is. Answers where the caret goes, by `direction`.
 */
export function suggestDeletion(editor: Editor, range: BaseRange, author: Person, direction: 'backward' | 'forward' = 'forward'): Point | null {
  if (Range.isCollapsed(range)) return null;
  const ref = Editor.rangeRef(editor, range, { affinity: 'inward' });
  Editor.withoutNormalizing(editor, () => {
    const own = Array.from(
      Editor.nodes(editor, { at: range, match: (n) => Text.isText(n) && isOwnInsertion(n.suggestion, author) }),
    ).reverse();
    for (const [, path] of own) {
      const current = ref.current;
      const part = current && intersection(current, leafRange(editor, path));
      if (part && !Range.isCollapsed(part)) Transforms.delete(editor, { at: part });
    }
    const current = ref.current;
    if (!current || Range.isCollapsed(current)) return;
    const [start, end] = Range.edges(current);
    const mark =
      adjacentDeletion(editor, direction === 'backward' ? end : start, direction === 'backward' ? 'after' : 'before', author) ??
      newSuggestionMark('delete', author);
    Transforms.setNodes(editor, { suggestion: mark }, { at: current, match: (n) => Text.isText(n) && !n.suggestion, split: true });
  });
  const done = ref.unref();
  if (!done) return null;
  return direction === 'backward' ? Range.start(done) : Range.end(done);
}

/** Which pending suggestions a resolve acts on. */
export type SuggestionFilter = (mark: SuggestionMark) => boolean;

/**
 * Accepts or rejects the pending suggestions matching `filter`: accepting an insertion
 * (or rejecting a deletion) keeps the text and drops the mark; accepting a deletion
 * (or rejecting an insertion) removes the text, and paragraphs it ran across are joined
 * again. Answers how many runs changed.
 */
export function resolveSuggestions(editor: Editor, filter: SuggestionFilter, accept: boolean): number {
  const entries = Array.from(
    Editor.nodes(editor, { at: [], match: (n) => Text.isText(n) && n.suggestion !== undefined && filter(n.suggestion) }),
  ).reverse();
  if (entries.length === 0) return 0;
  const joins = blockJoins(editor.children as Block[], (mark) => filter(mark) && (mark.kind === 'insert') !== accept);
  Editor.withoutNormalizing(editor, () => {
    for (const [node, path] of entries) {
      const keep = ((node as Text).suggestion?.kind === 'insert') === accept;
      if (keep) Transforms.unsetNodes(editor, 'suggestion', { at: path });
      else Transforms.removeNodes(editor, { at: path });
    }
    for (const k of joins) Transforms.mergeNodes(editor, { at: [k] });
  });
  return entries.length;
}

/** Accepts the one suggestion `id`. */
export const acceptSuggestion = (editor: Editor, id: string): number => resolveSuggestions(editor, (m) => m.id === id, true);
/** Rejects the one suggestion `id`. */
export const rejectSuggestion = (editor: Editor, id: string): number => resolveSuggestions(editor, (m) => m.id === id, false);
/** Accepts every pending suggestion. */
export const acceptAllSuggestions = (editor: Editor): number => resolveSuggestions(editor, () => true, true);
/** Rejects every pending suggestion. */
export const rejectAllSuggestions = (editor: Editor): number => resolveSuggestions(editor, () => true, false);
/** Accepts or rejects every pending suggestion by one author. */
export const resolveSuggestionsBy = (editor: Editor, author: Person, accept: boolean): number =>
  resolveSuggestions(editor, (m) => m.by.name === author.name && m.by.initials === author.initials, accept);
