import type { Article } from '../../../shared/model/article';
import type { ArticleSummary, OpenedArticle, SaveResult, TrashEntry } from '../../../shared/ipc/contract';

/** Moves a file out of the workspace so it can be recovered; the OS trash in the app. */
export interface TrashBin {
  /** Moves `absPath` to the trash. */
  trash(absPath: string): Promise<void>;
}

/** One change seen on disk, confirmed by stat and hash. */
export interface DiskChange {
  id: string;
  kind: 'added' | 'changed' | 'removed';
  hash: string | null;
}

/** A folder of story files, with safe reads and atomic, conflict-checked saves. */
export interface WorkspaceStore {
  /** Absolute path of the workspace folder. */
  readonly root: string;
  /** Every story file, readable or not, sorted by last change (newest first). */
  list(): Promise<ArticleSummary[]>;
  /** Reads and validates one story. Throws ServiceError('not-found' | 'invalid-file' | 'too-large' | 'outside-workspace'). */
  read(id: string): Promise<OpenedArticle>;
  /** Writes a new story under a free id derived from its slug; never overwrites. */
  create(article: Article): Promise<{ id: string; file: string }>;
  /** Saves atomically if the file on disk still has `baseHash` (null: the file must not exist). */
  save(id: string, article: Article, baseHash: string | null): Promise<SaveResult>;
  /** Moves a story to the trash (the OS trash in the app, `.copydesk/trash` otherwise). */
  trash(id: string): Promise<{ trashId: string }>;
  /** Stories in the workspace-local trash. */
  listTrash(): Promise<TrashEntry[]>;
  /** Puts a trashed story back under a free id. */
  restore(trashId: string): Promise<{ id: string }>;
  /** Starts watching the folder; `onChange` gets confirmed changes only. Returns a stop function. */
  watch(onChange: (changes: DiskChange[]) => void): () => Promise<void>;
  /** Absolute path of a story file, after the containment checks. */
  pathOf(id: string): Promise<string>;
}
