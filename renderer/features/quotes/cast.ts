import type { Speaker } from '../../../shared/model/article';
import { newId } from '../../../shared/util/id';

/** The fields a speaker can be created with; the rest are empty. */
export type SpeakerDraft = Partial<Omit<Speaker, 'id'>> & { fullName: string };

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The name used after the first reference: the surname of a person's full name. */
export function defaultShortName(fullName: string): string {
  const words = collapse(fullName).split(' ');
  return words.length > 1 ? words[words.length - 1]! : collapse(fullName);
}

/** A new cast member; the short name defaults to the surname. */
export function makeSpeaker(draft: SpeakerDraft, id: string = newId()): Speaker {
  const fullName = collapse(draft.fullName).slice(0, 200);
  return {
    id,
    fullName,
    shortName: collapse(draft.shortName ?? '') || defaultShortName(fullName),
    role: collapse(draft.role ?? ''),
    organisation: collapse(draft.organisation ?? ''),
    pronoun: draft.pronoun ?? '',
    ...(draft.gender ? { gender: draft.gender } : {}),
    ...(draft.affiliationType ? { affiliationType: draft.affiliationType } : {}),
  };
}

/** The name a speaker is shown by in lists: full name, else short name. */
export function speakerName(speaker: Pick<Speaker, 'fullName' | 'shortName'>): string {
  return speaker.fullName.trim() || speaker.shortName.trim() || 'Unnamed speaker';
}

/** The short name for badges: short name, else the full name's surname. */
export function speakerBadge(speaker: Pick<Speaker, 'fullName' | 'shortName'>): string {
  return speaker.shortName.trim() || defaultShortName(speaker.fullName) || '?';
}

const fold = (s: string) => collapse(s).normalize('NFC').toLocaleLowerCase();

/** The cast member `name` refers to: same full or short name, or a full name ending in it (a surname). */
export function findSpeaker(cast: readonly Speaker[], name: string): Speaker | undefined {
  const wanted = fold(name);
  if (wanted === '') return undefined;
  return (
    cast.find((s) => fold(s.fullName) === wanted) ??
    cast.find((s) => fold(s.shortName) === wanted) ??
    cast.find((s) => fold(s.fullName).endsWith(' ' + wanted) || wanted.endsWith(' ' + fold(s.fullName)))
  );
}

/** Cast members matching a typed query: names starting with it first, then names, roles and organisations containing it. */
export function filterCast(cast: readonly Speaker[], query: string): Speaker[] {
  const q = fold(query);
  if (q === '') return [...cast];
  const score = (s: Speaker): number => {
    const names = [s.fullName, s.shortName].map(fold);
    if (names.some((n) => n.startsWith(q) || n.split(' ').some((w) => w.startsWith(q)))) return 0;
    if (names.some((n) => n.includes(q))) return 1;
    if (fold(s.role).includes(q) || fold(s.organisation).includes(q)) return 2;
    return -1;
  };
  return cast
    .map((s) => [s, score(s)] as const)
    .filter(([, n]) => n >= 0)
    .sort((a, b) => a[1] - b[1])
    .map(([s]) => s);
}

/** The cast with speaker `id` changed by `patch`. */
export function updateSpeaker(cast: readonly Speaker[], id: string, patch: Partial<Omit<Speaker, 'id'>>): Speaker[] {
  return cast.map((s) => {
    if (s.id !== id) return s;
    const next: Speaker = { ...s, ...patch };
    if (!next.gender) delete next.gender;
    if (!next.affiliationType) delete next.affiliationType;
    return next;
  });
}

/** The cast with `drop` merged into `keep`: empty fields of the kept speaker are filled from the other. */
export function mergeCast(cast: readonly Speaker[], keep: string, drop: string): Speaker[] {
  const gone = cast.find((s) => s.id === drop);
  if (!gone || keep === drop) return [...cast];
  return cast
    .filter((s) => s.id !== drop)
    .map((s) => {
      if (s.id !== keep) return s;
      const filled: Speaker = { ...s };
      for (const key of ['fullName', 'shortName', 'role', 'organisation', 'pronoun', 'gender', 'affiliationType'] as const) {
        if (!filled[key] && gone[key]) (filled as Record<string, unknown>)[key] = gone[key];
      }
      return filled;
    });
}

/** The cast without speaker `id`. */
export function removeFromCast(cast: readonly Speaker[], id: string): Speaker[] {
  return cast.filter((s) => s.id !== id);
}

/** Muted, distinct colours that read on white and under text. */
const PALETTE = ['#2f6fb0', '#b0542f', '#2f8a5b', '#8a4fb0', '#a8841c', '#1f8a8a', '#b03f6e', '#5f6b7a', '#6e8a2f', '#8a5b3f'];

function hash(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/**
 * The colour of speaker `id`: picked by the id, so it stays the same from session to session;
 * within a cast, a colour an earlier speaker has is skipped while others are free.
 */
export function speakerColor(id: string, cast: readonly Pick<Speaker, 'id'>[] = []): string {
  const taken = new Set<number>();
  for (const s of cast) {
    if (s.id === id) break;
    let i = hash(s.id) % PALETTE.length;
    for (let n = 0; n < PALETTE.length && taken.has(i); n++) i = (i + 1) % PALETTE.length;
    taken.add(i);
  }
  let i = hash(id) % PALETTE.length;
  for (let n = 0; n < PALETTE.length && taken.has(i); n++) i = (i + 1) % PALETTE.length;
  return PALETTE[i]!;
}
