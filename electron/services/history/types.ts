import type { Article } from '../../../shared/model/article';
import type { HistoryAuthor, RetentionPolicy, RetentionSettings, SnapshotReason, VersionEntry } from '../../../shared/model/version';

// The entry schema is shared with the window, which lists versions.
export { SNAPSHOT_REASONS, historyAuthorSchema, versionEntrySchema, retentionPolicySchema, DEFAULT_RETENTION } from '../../../shared/model/version';
export type { SnapshotReason, HistoryAuthor, VersionEntry, RetentionPolicy, RetentionSettings } from '../../../shared/model/version';

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
  /** The retention policy in force: the one given when opened, else the workspace's, else the default. */
  retention(): Promise<RetentionPolicy>;
  /** Stores the workspace's retention policy; each story's next version applies it. */
  setRetention(settings: RetentionSettings): Promise<RetentionPolicy>;
}
