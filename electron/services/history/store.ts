import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { articleSchema, type Article } from '../../../shared/model/article';
import { describeIssues } from '../../../shared/model/serialize';
import { articleWordCount } from '../../../shared/model/text';
import { isErrno, ServiceError } from '../errors';
import { fsyncDir, sweepTempFiles, writeFileAtomic, writeIfFree } from '../workspace/atomic-write';
import { DATA_DIR } from '../workspace/paths';
import { WriteQueue } from '../workspace/write-queue';
import { selectForRetention } from './retention';
import { retentionSettingsSchema } from '../../../shared/model/version';
import {
  contentHash,
  INDEX_FILE,
  parseIndex,
  parseSnapshot,
  seqFromFileName,
  seqFromVersionId,
  serializeIndex,
  serializeSnapshot,
  SnapshotFormatError,
  versionFileName,
  versionId,
} from './snapshot-file';
import {
  DEFAULT_RETENTION,
  historyAuthorSchema,
  retentionPolicySchema,
  type HistoryStore,
  type RetentionPolicy,
  type RetentionSettings,
  type SnapshotOptions,
  type SnapshotResult,
  type VersionEntry,
  versionEntrySchema,
} from './types';

/** Name of the history folder inside the workspace's data folder. */
export const HISTORY_DIR = 'history';

/** The workspace's retention policy, beside the story folders (whose uid names never hold a dot). */
const POLICY_FILE = 'retention.json';

const KEEP_EVERYTHING: RetentionPolicy = { keepAllDays: 36500, dailyAfter: false, maxAgeDays: null, utcOffsetMinutes: 0 };

/** How a history store is set up; all optional. */
export interface HistoryOptions {
  retention?: RetentionPolicy;
  /** The clock (tests). */
  now?: () => Date;
  /** Temp files older than this (ms) are left over from a killed snapshot and removed. */
  orphanAgeMs?: number;
}

const UID = /^[A-Za-z0-9_-]{1,64}$/;

async function readIfThere(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return null;
    throw err;
  }
}

/** Opens the history of the workspace at `root` (an absolute path); folders are made on first snapshot. */
export function openHistory(root: string, options: HistoryOptions = {}): HistoryStore {
  return new FolderHistory(join(root, DATA_DIR, HISTORY_DIR), options);
}

interface Loaded {
  entries: VersionEntry[];
  lastSeq: number;
}

/**
 * One folder per story, one file per version. A version file is written to a
 * temp file, fsynced, and hard-linked to its name, which fails rather than
 * replace a file: two writers can never share a sequence number, and a kill
 * leaves the version either whole or absent. The index is a cache that is
 * checked against the folder listing and rebuilt from the files when they disagree.
 */
class FolderHistory implements HistoryStore {
  private readonly queue = new WriteQueue();
  private readonly fixedRetention: RetentionPolicy | undefined;
  private readonly now: () => Date;
  private readonly orphanAgeMs: number;

  constructor(
    private readonly dir: string,
    options: HistoryOptions,
  ) {
    this.fixedRetention = options.retention;
    this.now = options.now ?? (() => new Date());
    this.orphanAgeMs = options.orphanAgeMs ?? 60_000;
  }

  private storyDir(uid: string): string {
    if (typeof uid !== 'string' || !UID.test(uid)) throw new ServiceError('invalid-argument', 'That is not a story uid.');
    return join(this.dir, uid);
  }

  async snapshot(article: Article, options: SnapshotOptions): Promise<SnapshotResult> {
    const parsed = articleSchema.safeParse(article);
    if (!parsed.success) throw new ServiceError('invalid-argument', `article: ${describeIssues(parsed.error)}`);
    const author = historyAuthorSchema.safeParse(options.author);
    if (!author.success) throw new ServiceError('invalid-argument', `author: ${describeIssues(author.error)}`);
    const story = parsed.data;
    const dir = this.storyDir(story.uid);
    return this.queue.run(dir, async () => {
      const hash = contentHash(story);
      const at = (options.at ?? this.now()).toISOString();
      for (let attempt = 0; attempt < 1000; attempt++) {
        const loaded = await this.load(story.uid, dir);
        const previous = loaded.entries.at(-1);
        if (previous?.hash === hash) return { created: false, entry: previous };
        await mkdir(dir, { recursive: true });
        const seq = loaded.lastSeq + 1;
        const entry: VersionEntry = {
          id: versionId(seq, hash),
          seq,
          at,
          author: author.data,
          reason: options.reason,
          wordCount: articleWordCount(story),
          hash,
          ...(options.restoredFrom !== undefined ? { restoredFrom: options.restoredFrom } : {}),
        };
        const valid = versionEntrySchema.safeParse(entry);
        if (!valid.success) throw new ServiceError('invalid-argument', `snapshot: ${describeIssues(valid.error)}`);
        if (await writeIfFree(join(dir, versionFileName(seq)), serializeSnapshot(entry, story))) {
          await this.commit(story.uid, dir, { entries: [...loaded.entries, entry], lastSeq: seq });
          return { created: true, entry };
        }
        // Another process took this number first; look again.
      }
      throw new ServiceError('io', 'Could not find a free version number.');
    });
  }

  /** Applies retention to the new list, removes what it drops, and writes the index. */
  private async commit(uid: string, dir: string, loaded: Loaded): Promise<VersionEntry[]> {
    // A policy file that cannot be read deletes nothing: keeping too much is the safe mistake.
    const policy = await this.retention().catch(() => KEEP_EVERYTHING);
    const { keep, drop } = selectForRetention(loaded.entries, this.now(), policy);
    for (const entry of drop) await unlink(join(dir, versionFileName(entry.seq))).catch(() => undefined);
    if (drop.length > 0) await fsyncDir(dir);
    await this.writeIndex(uid, dir, { entries: keep, lastSeq: loaded.lastSeq });
    return drop;
  }

  private async writeIndex(uid: string, dir: string, loaded: Loaded): Promise<void> {
    await writeFileAtomic(join(dir, INDEX_FILE), serializeIndex({ uid, ...loaded }));
  }

  /**
   * The versions on disk. The index is trusted only for files that are there;
   * files it does not know (a snapshot killed before the index was written)
   * are read and added, and a changed list is written back.
   */
  private async load(uid: string, dir: string): Promise<Loaded> {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (err) {
      if (isErrno(err, 'ENOENT')) return { entries: [], lastSeq: 0 };
      throw err;
    }
    await sweepTempFiles(dir, this.orphanAgeMs, names);
    const onDisk = new Set<number>();
    for (const name of names) {
      const seq = seqFromFileName(name);
      if (seq !== null) onDisk.add(seq);
    }
    const index = parseIndex(await readIfThere(join(dir, INDEX_FILE)), uid);
    const bySeq = new Map<number, VersionEntry>();
    for (const entry of index?.entries ?? []) if (onDisk.has(entry.seq)) bySeq.set(entry.seq, entry);
    let changed = index === null || bySeq.size !== index.entries.length;
    for (const seq of onDisk) {
      if (bySeq.has(seq)) continue;
      const entry = await this.readEntry(dir, seq);
      if (entry === null) continue;
      bySeq.set(seq, entry);
      changed = true;
    }
    const entries = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
    let lastSeq = index?.lastSeq ?? 0;
    for (const seq of onDisk) lastSeq = Math.max(lastSeq, seq);
    if (changed && onDisk.size > 0) {
      // The index is only a cache: a read-only folder still lists.
      await this.writeIndex(uid, dir, { entries, lastSeq }).catch(() => undefined);
    }
    return { entries, lastSeq };
  }

  /** The entry of one version file, or null when the file cannot be read back. */
  private async readEntry(dir: string, seq: number): Promise<VersionEntry | null> {
    try {
      const { entry } = parseSnapshot(await readFile(join(dir, versionFileName(seq)), 'utf8'));
      return entry.seq === seq ? entry : null;
    } catch (err) {
      if (err instanceof SnapshotFormatError || isErrno(err, 'ENOENT')) return null;
      throw err;
    }
  }

  async list(uid: string): Promise<VersionEntry[]> {
    const dir = this.storyDir(uid);
    return this.queue.run(dir, async () => (await this.load(uid, dir)).entries);
  }

  async read(uid: string, id: string): Promise<Article> {
    const dir = this.storyDir(uid);
    const seq = typeof id === 'string' ? seqFromVersionId(id) : null;
    if (seq === null) throw new ServiceError('not-found', 'That version is not in the history.');
    const text = await readIfThere(join(dir, versionFileName(seq)));
    if (text === null) throw new ServiceError('not-found', 'That version is not in the history.');
    let snapshot;
    try {
      snapshot = parseSnapshot(text);
    } catch (err) {
      if (err instanceof SnapshotFormatError) throw new ServiceError('invalid-file', `Version ${seq} cannot be read: ${err.message}.`);
      throw err;
    }
    if (snapshot.entry.id !== id) throw new ServiceError('not-found', 'That version is not in the history.');
    return snapshot.article;
  }

  async retention(): Promise<RetentionPolicy> {
    if (this.fixedRetention) return this.fixedRetention;
    let text: string | null;
    try {
      text = await readIfThere(join(this.dir, POLICY_FILE));
    } catch (err) {
      const reason = (err as NodeJS.ErrnoException).code ?? 'unknown error';
      throw new ServiceError('io', `${POLICY_FILE} could not be read (${reason}); versions are all kept until it can be.`);
    }
    if (text === null) return DEFAULT_RETENTION;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new ServiceError('invalid-file', `${POLICY_FILE} is not valid JSON; versions are all kept until it is set again.`);
    }
    const parsed = retentionPolicySchema.safeParse(raw);
    if (!parsed.success) {
      throw new ServiceError('invalid-file', `${POLICY_FILE}: ${describeIssues(parsed.error)}; versions are all kept until it is set again.`);
    }
    return parsed.data;
  }

  async setRetention(settings: RetentionSettings): Promise<RetentionPolicy> {
    const parsed = retentionSettingsSchema.safeParse(settings);
    if (!parsed.success) throw new ServiceError('invalid-argument', `retention: ${describeIssues(parsed.error)}`);
    const policy: RetentionPolicy = { ...parsed.data, utcOffsetMinutes: -this.now().getTimezoneOffset() };
    await mkdir(this.dir, { recursive: true });
    await writeFileAtomic(join(this.dir, POLICY_FILE), JSON.stringify(policy, null, 2) + '\n');
    return policy;
  }

  async prune(uid: string): Promise<VersionEntry[]> {
    const dir = this.storyDir(uid);
    return this.queue.run(dir, async () => {
      const loaded = await this.load(uid, dir);
      if (loaded.entries.length === 0) return [];
      return this.commit(uid, dir, loaded);
    });
  }
}
