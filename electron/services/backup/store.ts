import { lstat, mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { articleIdSchema, backupSchema, type Backup, type BackupSummary } from '../../../shared/ipc/contract';
import type { Article } from '../../../shared/model/article';
import { MAX_ARTICLE_BYTES } from '../../../shared/model/serialize';
import { isErrno, ServiceError } from '../errors';
import { TEMP_PREFIX, writeFileAtomic } from '../workspace/atomic-write';
import { DATA_DIR } from '../workspace/paths';
import { WriteQueue } from '../workspace/write-queue';

/** Where backups live inside a workspace: beside the stories, never in their files. */
export const BACKUP_DIR = join(DATA_DIR, 'backups');

const EXTENSION = '.json';
/** A backup holds one article plus a few fields; anything much larger is not ours. */
const MAX_BACKUP_BYTES = MAX_ARTICLE_BYTES + 64 * 1024;

/** What a backup write needs. */
export interface BackupInput {
  id: string;
  baseHash: string | null;
  article: Article;
}

function checkedId(id: string): string {
  const parsed = articleIdSchema.safeParse(id);
  if (!parsed.success) throw new ServiceError('invalid-argument', 'That is not a story id.');
  return parsed.data.normalize('NFC');
}

/**
 * Unsaved edits of each story, one JSON file per story id in
 * `<workspace>/.copydesk/backups/`, written atomically. Writes and discards
 * of the same story run in the order they were asked for.
 */
export class BackupStore {
  private readonly queue = new WriteQueue();
  private swept: Promise<void> | null = null;

  constructor(
    readonly root: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Absolute path of the backups folder. */
  get dir(): string {
    return join(this.root, BACKUP_DIR);
  }

  private fileOf(id: string): string {
    return join(this.dir, checkedId(id) + EXTENSION);
  }

  /** Creates the folder, refusing one that is a link (it could point anywhere). */
  private async ensureDir(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    for (const dir of [join(this.root, DATA_DIR), this.dir]) {
      const info = await lstat(dir);
      if (info.isSymbolicLink() || !info.isDirectory()) {
        throw new ServiceError('outside-workspace', 'The backups folder is a link; backups are not written through links.');
      }
    }
    // Every write waits for the one sweep, so it can never catch a temp file in use.
    this.swept ??= this.sweep();
    await this.swept;
  }

  /** Removes temp files left by a write that was killed (none can be in flight before the first write). */
  private async sweep(): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => n.startsWith(TEMP_PREFIX)).map((n) => unlink(join(this.dir, n)).catch(() => undefined)));
  }

  /** Writes (or replaces) the backup of one story; answers when it was taken. */
  async write(input: BackupInput): Promise<{ savedAt: string }> {
    const file = this.fileOf(input.id);
    const backup: Backup = backupSchema.parse({
      id: input.id,
      baseHash: input.baseHash,
      savedAt: this.now().toISOString(),
      article: input.article,
    });
    const text = JSON.stringify(backup);
    if (Buffer.byteLength(text) > MAX_BACKUP_BYTES) throw new ServiceError('too-large', 'The story is too large to back up.');
    return this.queue.run(file, async () => {
      await this.ensureDir();
      await writeFileAtomic(file, text);
      return { savedAt: backup.savedAt };
    });
  }

  /** The backup of one story, or null when there is none or it cannot be read. */
  async read(id: string): Promise<Backup | null> {
    const file = this.fileOf(id);
    return this.queue.run(file, () => this.readFile(file, id));
  }

  private async readFile(file: string, id?: string): Promise<Backup | null> {
    let text: string;
    try {
      const info = await lstat(file);
      if (!info.isFile() || info.size > MAX_BACKUP_BYTES) return null;
      text = await readFile(file, 'utf8');
    } catch (err) {
      if (isErrno(err, 'ENOENT')) return null;
      throw err;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return null;
    }
    const parsed = backupSchema.safeParse(raw);
    if (!parsed.success) return null;
    // A file renamed by hand must not restore into another story.
    if (id !== undefined && parsed.data.id.normalize('NFC') !== id.normalize('NFC')) return null;
    return parsed.data;
  }

  /** Every readable backup, newest first. Unreadable files are skipped, never deleted. */
  async list(): Promise<BackupSummary[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (err) {
      if (isErrno(err, 'ENOENT')) return [];
      throw err;
    }
    const out: BackupSummary[] = [];
    for (const name of names) {
      if (name.startsWith('.') || !name.endsWith(EXTENSION)) continue;
      const id = name.slice(0, -EXTENSION.length);
      if (!articleIdSchema.safeParse(id).success) continue;
      const backup = await this.read(id);
      if (!backup) continue;
      out.push({ id: backup.id, baseHash: backup.baseHash, savedAt: backup.savedAt, headline: backup.article.metadata.headline });
    }
    return out.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  /** Deletes the backup of one story; true when there was one. */
  async discard(id: string): Promise<{ discarded: boolean }> {
    const file = this.fileOf(id);
    return this.queue.run(file, async () => {
      try {
        await unlink(file);
        return { discarded: true };
      } catch (err) {
        if (isErrno(err, 'ENOENT')) return { discarded: false };
        throw err;
      }
    });
  }
}
