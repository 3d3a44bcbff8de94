import { diffArrays } from 'diff';
import { countWords, wordSegments } from '../text/count';

/** What happened to a run of text between two versions. */
export type DiffKind = 'equal' | 'insert' | 'delete';

/** One run of a word diff. */
export interface DiffSegment {
  kind: DiffKind;
  text: string;
}

/** Words added and removed by a diff. */
export interface DiffStats {
  inserted: number;
  deleted: number;
}

/**
 * Words, spaces and punctuation marks as separate tokens. Intl.Segmenter knows
 * every script; the word tokenizers of the diff package split Arabic, Greek
 * or Cyrillic words into single letters.
 */
function tokens(text: string): string[] {
  return Array.from(wordSegments(text), (s) => s.segment);
}

const SPACE = /^\s+$/;

/** The whitespace two texts share at their start or end. */
function sharedSpace(a: string, b: string, side: 'start' | 'end'): string {
  const pattern = side === 'start' ? /^\s*/ : /\s*$/;
  const x = pattern.exec(a)![0];
  const y = pattern.exec(b)![0];
  let n = 0;
  const max = Math.min(x.length, y.length);
  if (side === 'start') while (n < max && x[n] === y[n]) n++;
  else while (n < max && x[x.length - 1 - n] === y[y.length - 1 - n]) n++;
  return side === 'start' ? x.slice(0, n) : x.slice(x.length - n);
}

/**
 * Word-level diff of `a` (older) against `b` (newer). Whitespace is kept, so
 * joining the equal and delete runs gives `a`, and the equal and insert runs give `b`.
 * Each changed stretch reads as one deletion followed by one insertion.
 */
export function wordDiff(a: string, b: string): DiffSegment[] {
  if (a === b) return a === '' ? [] : [{ kind: 'equal', text: a }];
  const raw = diffArrays(tokens(a), tokens(b)).map((change): DiffSegment => ({
    kind: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    text: change.value.join(''),
  }));
  const segments: DiffSegment[] = [];
  let deleted = '';
  let inserted = '';
  const equal = (text: string) => {
    if (text === '') return;
    const last = segments.at(-1);
    if (last?.kind === 'equal') last.text += text;
    else segments.push({ kind: 'equal', text });
  };
  const flush = () => {
    // Spaces both sides share at the edges of a replacement read better outside it.
    const lead = deleted && inserted ? sharedSpace(deleted, inserted, 'start') : '';
    deleted = deleted.slice(lead.length);
    inserted = inserted.slice(lead.length);
    const trail = deleted && inserted ? sharedSpace(deleted, inserted, 'end') : '';
    deleted = deleted.slice(0, deleted.length - trail.length);
    inserted = inserted.slice(0, inserted.length - trail.length);
    equal(lead);
    if (deleted) segments.push({ kind: 'delete', text: deleted });
    if (inserted) segments.push({ kind: 'insert', text: inserted });
    equal(trail);
    deleted = '';
    inserted = '';
  };
  raw.forEach((change, i) => {
    if (change.text === '') return;
    const inside = change.kind === 'equal' && SPACE.test(change.text) && i > 0 && i < raw.length - 1;
    if (change.kind === 'delete') deleted += change.text;
    else if (change.kind === 'insert') inserted += change.text;
    else if (inside && (deleted || inserted)) {
      // A lone space the two versions share between changed words belongs to the change, not between two.
      deleted += change.text;
      inserted += change.text;
    } else {
      flush();
      equal(change.text);
    }
  });
  flush();
  return segments;
}

/** The older text a diff was made from. */
export function oldText(segments: readonly DiffSegment[]): string {
  return segments.filter((s) => s.kind !== 'insert').map((s) => s.text).join('');
}

/** The newer text a diff was made from. */
export function newText(segments: readonly DiffSegment[]): string {
  return segments.filter((s) => s.kind !== 'delete').map((s) => s.text).join('');
}

/** True when a diff holds any insertion or deletion. */
export function hasChanges(segments: readonly DiffSegment[]): boolean {
  return segments.some((s) => s.kind !== 'equal');
}

/** Counts the words inserted and deleted by a diff. */
export function diffStats(segments: readonly DiffSegment[]): DiffStats {
  let inserted = 0;
  let deleted = 0;
  for (const s of segments) {
    if (s.kind === 'insert') inserted += countWords(s.text);
    else if (s.kind === 'delete') deleted += countWords(s.text);
  }
  return { inserted, deleted };
}
