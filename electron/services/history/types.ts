import { z } from 'zod';
import type { Article } from '../../../shared/model/article';
import type { HistoryAuthor, SnapshotReason, VersionEntry } from '../../../shared/model/version';

// The entry schema is shared with the window, which lists versions.
export { SNAPSHOT_REASONS, historyAuthorSchema, versionEntrySchema } from '../../../shared/model/version';
export type { SnapshotReason, HistoryAuthor, VersionEntry } from '../../../shared/model/version';

/** How long versions are kept. */
export const retentionPolicySchema = z.strictObject({
  /** Every version younger than this many days is kept. */
  keepAllDays: z.number().min(0),
  /** Older versions: only the last of each day when true; all when false. */
  dailyAfter: z.boolean(),
  /** Versions older than this many days are dropped; null keeps them for ever. */
  maxAgeDays: z.number().min(0).nullable(),
  /** Minutes east of UTC of the clock that decides where a day starts. */
  utcOffsetMinutes: z.number().int().min(-14 * 60).max(14 * 60),
});
export type RetentionPolicy = z.infer<typeof retentionPolicySchema>;

/** Keep everything for 30 days, then one version per day. */
export const DEFAULT_RETENTION: RetentionPolicy = { keepAllDays: 30, dailyAfter: true, maxAgeDays: null, utcOffsetMinutes: 0 };

/** What a snapshot records besides the story. */
export interface SnapshotOptions {
  reason: SnapshotReason;
  author: HistoryAuthor;
  /** When it was taken; now by default. */
  at?: Date;
  /** For a restore: the sequence number of the version brought back. */
  restoredFrom?: number;
}

/** The outcome of a snapshot: a new version, or the previous one when nothing changed. */
export interface SnapshotResult {
  created: boolean;
  entry: VersionEntry;
}

/** Versions of the stories of one workspace, kept in its data folder and keyed by story uid. */
export interface HistoryStore {
  /** Records the story as a new version, unless it equals the latest one. */
  snapshot(article: Article, options: SnapshotOptions): Promise<SnapshotResult>;
  /** The versions of a story, oldest first; [] when it has none. */
  list(uid: string): Promise<VersionEntry[]>;
  /** The story as it was at one version. Throws ServiceError('not-found' | 'invalid-file'). */
  read(uid: string, versionId: string): Promise<Article>;
  /** Applies the retention policy now; returns the versions it removed. */
  prune(uid: string): Promise<VersionEntry[]>;
}
