import { randomUUID } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, realpath, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../../shared/model/article';
import { articleSchema } from '../../../shared/model/article';
import { ArticleFormatError, MAX_ARTICLE_BYTES, parseArticle, serializeArticle, describeIssues } from '../../../shared/model/serialize';
import { articleWordCount } from '../../../shared/model/text';
import { slugify } from '../../../shared/util/slug';
import type { ArticleSummary, OpenedArticle, SaveResult, TrashEntry } from '../../../shared/ipc/contract';
import { isErrno, ServiceError } from '../errors';
import { fsyncDir, moveIfFree, sweepTempFiles, TEMP_PREFIX, writeIfFree, writeTemp } from './atomic-write';
import { hashFile, sha256 } from './hash';
import { DATA_DIR, fileNameOf, idFromFileName, resolveArticlePath } from './paths';
import type { DiskChange, TrashBin, WorkspaceStore } from './types';
import { watchWorkspace } from './watch';
import { WriteQueue } from './write-queue';

/** How the store is built; the app passes the OS trash, tests and the CLI leave it out. */
export interface WorkspaceStoreOptions {
  trashBin?: TrashBin;
  /** Temp files older than this are swept at open (ms). */
  orphanAgeMs?: number;
}

const TRASH_SEPARATOR = '~';

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Opens (and creates if needed) a workspace folder. */
export async function openWorkspaceStore(root: string, options: WorkspaceStoreOptions = {}): Promise<WorkspaceStore> {
  await mkdir(root, { recursive: true });
  const realRoot = await realpath(root);
  const info = await stat(realRoot);
  if (!info.isDirectory()) throw new ServiceError('invalid-argument', 'The workspace is not a folder.');
  const store = new FolderStore(realRoot, options);
  await store.recoverInterruptedSaves();
  await sweepTempFiles(realRoot, options.orphanAgeMs ?? 60_000);
  return store;
}

type Cached = { mtimeMs: number; size: number; summary: ArticleSummary };

class FolderStore implements WorkspaceStore {
  private readonly queue = new WriteQueue();
  /** Last hash this process read or wrote per id, to tell our own writes from others'. */
  private readonly known = new Map<string, string | null>();
  private readonly summaries = new Map<string, Cached>();

  constructor(
    readonly root: string,
    private readonly options: WorkspaceStoreOptions,
  ) {}

  private get dataDir(): string {
    return join(this.root, DATA_DIR);
  }

  /**
   * A save that was killed between moving the old file aside and linking the
   * new one in leaves the story missing; put the old version back.
   */
  async recoverInterruptedSaves(): Promise<void> {
    const previousDir = join(this.dataDir, 'previous');
    const names = await readdir(previousDir).catch(() => [] as string[]);
    for (const name of names) {
      if (!name.startsWith(TEMP_PREFIX)) continue;
      const aside = join(previousDir, name);
      const original = name.slice(TEMP_PREFIX.length).replace(/\.[0-9a-f-]{36}$/, '');
      const id = idFromFileName(original);
      if (id === null) continue;
      const path = join(this.root, fileNameOf(id));
      try {
        if (!(await moveIfFree(aside, path))) await this.keepAside(aside, id);
      } catch {
        // Left where it is, for the next start or a person: one story must not keep the workspace shut.
      }
    }
  }

  pathOf(id: string): Promise<string> {
    return resolveArticlePath(this.root, id);
  }

  async list(): Promise<ArticleSummary[]> {
    const names = await readdir(this.root);
    const rows: { row: ArticleSummary; mtimeMs: number }[] = [];
    for (const name of names) {
      const id = idFromFileName(name);
      if (id === null) continue;
      const file = join(this.root, name);
      const info = await lstat(file).catch(() => null);
      if (!info) continue;
      rows.push({ row: await this.summarize(id, file, name, info), mtimeMs: info.mtimeMs });
    }
    for (const id of this.summaries.keys()) {
      if (!names.includes(fileNameOf(id))) this.summaries.delete(id);
    }
    const key = (r: { row: ArticleSummary; mtimeMs: number }) => ('updatedAt' in r.row ? Date.parse(r.row.updatedAt) : r.mtimeMs);
    return rows.sort((a, b) => key(b) - key(a) || a.row.id.localeCompare(b.row.id)).map((r) => r.row);
  }

  /** Library row for one file; `file` in the row is the file name, never a path. */
  private async summarize(id: string, path: string, file: string, info: import('node:fs').Stats): Promise<ArticleSummary> {
    const name = file;
    if (info.isSymbolicLink()) return { id, file, error: `${name}: is a link; links are not followed` };
    if (!info.isFile()) return { id, file, error: `${name}: is not a file` };
    if (info.size > MAX_ARTICLE_BYTES) {
      return { id, file, error: `${name}: ${mb(info.size)} is over the ${mb(MAX_ARTICLE_BYTES)} limit` };
    }
    const cached = this.summaries.get(id);
    if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached.summary;
    let summary: ArticleSummary;
    try {
      const article = parseArticle(await readFile(path, 'utf8'));
      const m = article.metadata;
      summary = {
        id,
        file,
        headline: m.headline,
        section: m.section,
        status: m.status,
        updatedAt: m.updatedAt,
        wordCount: articleWordCount(article),
      };
    } catch (err) {
      if (!(err instanceof ArticleFormatError)) throw err;
      summary = { id, file, error: `${name}: ${err.message}` };
    }
    this.summaries.set(id, { mtimeMs: info.mtimeMs, size: info.size, summary });
    return summary;
  }

  /**
   * Queue key of a story: its would-be path, known without touching the disk, so
   * that requests join the queue in the order they were made.
   */
  private queueKey(id: string): string {
    return join(this.root, fileNameOf(id));
  }

  read(id: string): Promise<OpenedArticle> {
    // Behind this process's own saves, so a read never lands in the moment a save swaps the file.
    return this.queue.run(this.queueKey(id), async () => this.readNow(id, await this.pathOf(id)));
  }

  private async readNow(id: string, path: string): Promise<OpenedArticle> {
    const name = fileNameOf(id);
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      if (isErrno(err, 'ENOENT')) throw new ServiceError('not-found', `${name} is not in the workspace.`);
      throw err;
    }
    if (info.size > MAX_ARTICLE_BYTES) {
      throw new ServiceError('too-large', `${name} is ${mb(info.size)}, over the ${mb(MAX_ARTICLE_BYTES)} limit.`);
    }
    const bytes = await readFile(path);
    const hash = sha256(bytes);
    let article: Article;
    try {
      article = parseArticle(bytes.toString('utf8'));
    } catch (err) {
      if (err instanceof ArticleFormatError) throw new ServiceError('invalid-file', `${name}: ${err.message}`);
      throw err;
    }
    this.known.set(id, hash);
    return { id, hash, article };
  }

  private validated(article: Article): string {
    const parsed = articleSchema.safeParse(article);
    if (!parsed.success) throw new ServiceError('invalid-argument', `article: ${describeIssues(parsed.error)}`);
    return serializeArticle(parsed.data);
  }

  async create(article: Article): Promise<{ id: string; file: string }> {
    const data = this.validated(article);
    const base = slugify(article.metadata.slug || article.metadata.headline);
    for (let n = 1; n < 10_000; n++) {
      const id = n === 1 ? base : `${base}-${n}`;
      const path = await this.pathOf(id);
      const placed = await this.queue.run(path, () => writeIfFree(path, data));
      if (placed) {
        this.known.set(id, sha256(data));
        return { id, file: path };
      }
    }
    throw new ServiceError('exists', 'No free file name for that headline.');
  }

  async save(id: string, article: Article, baseHash: string | null): Promise<SaveResult> {
    const data = this.validated(article);
    return this.queue.run(this.queueKey(id), async () => this.saveNow(id, await this.pathOf(id), data, baseHash));
  }

  /**
   * There is no compare-and-swap rename, so the current file is moved aside
   * and the new one linked in (link never replaces an existing file); then
   * what was moved aside is checked. If another program wrote between our
   * check and our swap, its version is put back and the save reports a
   * conflict. The cost is a moment of a few microseconds in which the name
   * is absent; the gain is that no write by anyone is ever silently lost.
   */
  private async saveNow(id: string, path: string, data: string, baseHash: string | null): Promise<SaveResult> {
    const hash = sha256(data);
    const temp = await writeTemp(path, data);
    try {
      const current = await hashFile(path);
      if (current !== baseHash) return { kind: 'conflict', diskHash: current };
      if (current === null) {
        if (!(await moveIfFree(temp, path))) return { kind: 'conflict', diskHash: await hashFile(path) };
        await fsyncDir(this.root);
        this.known.set(id, hash);
        return { kind: 'saved', hash };
      }
      const previousDir = join(this.dataDir, 'previous');
      await mkdir(previousDir, { recursive: true });
      const aside = join(previousDir, `${TEMP_PREFIX}${fileNameOf(id)}.${randomUUID()}`);
      try {
        await rename(path, aside);
      } catch (err) {
        if (isErrno(err, 'ENOENT')) return { kind: 'conflict', diskHash: null };
        throw err;
      }
      let placed: boolean;
      try {
        placed = await moveIfFree(temp, path);
      } catch (err) {
        // The story must not stay missing from the folder until the next start: put it back.
        if (!(await moveIfFree(aside, path).catch(() => false))) await this.keepAside(aside, id).catch(() => undefined);
        throw err;
      }
      if (!placed) {
        await this.keepAside(aside, id);
        return { kind: 'conflict', diskHash: await hashFile(path) };
      }
      if ((await hashFile(aside)) !== baseHash) {
        if ((await hashFile(path)) === hash) await rename(aside, path);
        else await this.keepAside(aside, id);
        return { kind: 'conflict', diskHash: await hashFile(path) };
      }
      await rename(aside, join(previousDir, fileNameOf(id)));
      await fsyncDir(this.root);
      await fsyncDir(previousDir);
      this.known.set(id, hash);
      return { kind: 'saved', hash };
    } finally {
      await unlink(temp).catch(() => undefined);
    }
  }

  /** Keeps a displaced version under a dated name so that it can be recovered by hand. */
  private async keepAside(aside: string, id: string): Promise<void> {
    const keptDir = join(this.dataDir, 'displaced');
    await mkdir(keptDir, { recursive: true });
    await rename(aside, join(keptDir, `${Date.now()}-${randomUUID().slice(0, 8)}-${fileNameOf(id)}`));
  }

  private get trashDir(): string {
    return join(this.dataDir, 'trash');
  }

  trash(id: string): Promise<{ trashId: string }> {
    return this.queue.run(this.queueKey(id), async () => {
      const path = await this.pathOf(id);
      const bytes = await readFile(path).catch((err: unknown) => {
        if (isErrno(err, 'ENOENT')) throw new ServiceError('not-found', `${fileNameOf(id)} is not in the workspace.`);
        throw err;
      });
      await mkdir(this.trashDir, { recursive: true });
      const trashId = `${Date.now()}${TRASH_SEPARATOR}${randomUUID().slice(0, 8)}${TRASH_SEPARATOR}${fileNameOf(id)}`;
      const kept = join(this.trashDir, trashId);
      if (this.options.trashBin) {
        // Keep our own copy so the story can be restored from the app as well as from the system trash.
        const temp = await writeTemp(kept, bytes);
        await rename(temp, kept);
        await this.options.trashBin.trash(path);
      } else {
        await rename(path, kept);
      }
      await fsyncDir(this.trashDir);
      await fsyncDir(this.root);
      this.known.set(id, null);
      return { trashId };
    });
  }

  async listTrash(): Promise<TrashEntry[]> {
    const names = await readdir(this.trashDir).catch((err: unknown) => {
      if (isErrno(err, 'ENOENT')) return [] as string[];
      throw err;
    });
    const entries: TrashEntry[] = [];
    for (const trashId of names) {
      const [stamp, , file] = trashId.split(TRASH_SEPARATOR);
      if (!stamp || !file || idFromFileName(file) === null) continue;
      let headline = '';
      try {
        headline = parseArticle(await readFile(join(this.trashDir, trashId), 'utf8')).metadata.headline;
      } catch {
        headline = '';
      }
      entries.push({ trashId, file, headline, trashedAt: new Date(Number(stamp)).toISOString() });
    }
    return entries.sort((a, b) => b.trashedAt.localeCompare(a.trashedAt));
  }

  async restore(trashId: string): Promise<{ id: string }> {
    const parts = trashId.split(TRASH_SEPARATOR);
    const original = parts.length === 3 && parts[2] ? idFromFileName(parts[2]) : null;
    if (original === null || /[/\\]/.test(trashId)) throw new ServiceError('not-found', 'That item is not in the trash.');
    const kept = join(this.trashDir, trashId);
    const info = await lstat(kept).catch(() => null);
    if (!info?.isFile()) throw new ServiceError('not-found', 'That item is not in the trash.');
    for (let n = 1; n < 10_000; n++) {
      const id = n === 1 ? original : `${original}-restored-${n}`;
      const path = await this.pathOf(id);
      const placed = await this.queue.run(path, async () => {
        if (!(await moveIfFree(kept, path))) return false;
        await fsyncDir(this.root);
        return true;
      });
      if (placed) {
        this.known.set(id, await hashFile(path));
        return { id };
      }
    }
    throw new ServiceError('exists', 'No free file name to restore to.');
  }

  watch(onChange: (changes: DiskChange[]) => void): () => Promise<void> {
    return watchWorkspace(this.root, (id) => this.confirm(id), onChange);
  }

  /** Turns a watcher hint into a confirmed change, or null when nothing really changed. */
  private async confirm(id: string): Promise<DiskChange | null> {
    let path: string;
    try {
      path = await this.pathOf(id);
    } catch {
      return null;
    }
    return this.queue.run(path, async () => {
      const hash = await hashFile(path);
      const before = this.known.get(id);
      if (before === hash) return null;
      this.known.set(id, hash);
      if (hash === null) return { id, kind: 'removed', hash: null };
      return { id, kind: before === undefined || before === null ? 'added' : 'changed', hash };
    });
  }
}
