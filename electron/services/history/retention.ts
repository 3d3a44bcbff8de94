import { DEFAULT_RETENTION, type RetentionPolicy } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Which versions a retention policy keeps and which it drops. */
export interface RetentionSelection<T> {
  keep: T[];
  drop: T[];
}

/**
 * Applies a retention policy: versions younger than `keepAllDays` stay; older
 * ones keep only the last of each calendar day (when `dailyAfter`), and go
 * entirely past `maxAgeDays`. The newest version always stays, so sequence
 * numbers are never reused. Pure: the clock is an argument.
 */
export function selectForRetention<T extends { seq: number; at: string }>(
  entries: readonly T[],
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): RetentionSelection<T> {
  const newest = entries.reduce<T | undefined>((best, e) => (best === undefined || e.seq > best.seq ? e : best), undefined);
  const offset = policy.utcOffsetMinutes * 60 * 1000;
  const lastOfDay = new Map<number, T>();
  const verdict = new Map<T, boolean>();

  for (const entry of entries) {
    const time = Date.parse(entry.at);
    const age = now.getTime() - time;
    if (Number.isNaN(time) || age <= policy.keepAllDays * DAY_MS) {
      verdict.set(entry, true);
    } else if (policy.maxAgeDays !== null && age > policy.maxAgeDays * DAY_MS) {
      verdict.set(entry, false);
    } else if (!policy.dailyAfter) {
      verdict.set(entry, true);
    } else {
      const day = Math.floor((time + offset) / DAY_MS);
      const kept = lastOfDay.get(day);
      if (kept === undefined || entry.seq > kept.seq) {
        if (kept !== undefined) verdict.set(kept, false);
        lastOfDay.set(day, entry);
        verdict.set(entry, true);
      } else {
        verdict.set(entry, false);
      }
    }
  }
  if (newest !== undefined) verdict.set(newest, true);
  return { keep: entries.filter((e) => verdict.get(e)), drop: entries.filter((e) => !verdict.get(e)) };
}
