import { z } from 'zod';

/** Why a snapshot of a story was taken. */
export const SNAPSHOT_REASONS = ['save', 'status', 'interval', 'restore', 'manual'] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];

/** Who took a snapshot. */
export const historyAuthorSchema = z.strictObject({ name: z.string().max(200), initials: z.string().max(8) });
export type HistoryAuthor = z.infer<typeof historyAuthorSchema>;

/** One version in a story's history. */
export const versionEntrySchema = z.strictObject({
  /** Opaque id: the sequence number and the start of the content hash. */
  id: z.string().regex(/^\d{8,}-[0-9a-f]{8}$/),
  /** 1, 2, 3…: strictly increasing within a story, never reused. */
  seq: z.number().int().min(1),
  at: z.iso.datetime({ offset: true }),
  author: historyAuthorSchema,
  reason: z.enum(SNAPSHOT_REASONS),
  wordCount: z.number().int().min(0),
  /** sha256 of the story without its updatedAt stamp. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** For a restore: the version it brought back. */
  restoredFrom: z.number().int().min(1).optional(),
});
export type VersionEntry = z.infer<typeof versionEntrySchema>;

/** How long versions are kept. */
export const retentionPolicySchema = z.strictObject({
  /** Every version younger than this many days is kept. */
  keepAllDays: z.number().int().min(0).max(36500),
  /** Older versions: only the last of each day when true; all when false. */
  dailyAfter: z.boolean(),
  /** Versions older than this many days are dropped; null keeps them for ever. */
  maxAgeDays: z.number().int().min(1).max(36500).nullable(),
  /** Minutes east of UTC of the clock that decides where a day starts. */
  utcOffsetMinutes: z.number().int().min(-14 * 60).max(14 * 60),
});
export type RetentionPolicy = z.infer<typeof retentionPolicySchema>;

/** The part of the policy a person sets; the day boundary comes from the machine's clock. */
export const retentionSettingsSchema = retentionPolicySchema
  .omit({ utcOffsetMinutes: true })
  .refine((p) => p.maxAgeDays === null || p.maxAgeDays > p.keepAllDays, {
    message: 'must be more days than every version is kept',
    path: ['maxAgeDays'],
  });
export type RetentionSettings = z.infer<typeof retentionSettingsSchema>;

/** Keep everything for 30 days, then one version per day. */
export const DEFAULT_RETENTION: RetentionPolicy = { keepAllDays: 30, dailyAfter: true, maxAgeDays: null, utcOffsetMinutes: 0 };

/** True when `next` may delete versions that `current` keeps (an unknown current policy counts as keeping everything). */
export function keepsLessThan(next: RetentionSettings, current: RetentionSettings | null): boolean {
  if (current === null) return next.dailyAfter || next.maxAgeDays !== null;
  if (next.keepAllDays < current.keepAllDays && (next.dailyAfter || next.maxAgeDays !== null)) return true;
  if (next.dailyAfter && !current.dailyAfter) return true;
  if (next.maxAgeDays === null) return false;
  return current.maxAgeDays === null || next.maxAgeDays < current.maxAgeDays;
}
