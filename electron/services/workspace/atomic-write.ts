import { randomUUID } from 'node:crypto';
import { link, lstat, open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isErrno } from '../errors';

/** Prefix of temporary files, so a sweep at start-up can find orphans. */
export const TEMP_PREFIX = '.copydesk-tmp-';

/** Flushes a folder's entry list to disk (POSIX); a no-op where folders cannot be opened. */
export async function fsyncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open a folder for fsync; rename is durable enough there.
  } finally {
    await handle?.close();
  }
}

/** Removes the temp files of writes that never finished, once `olderThanMs` old; `names` spares listing `dir` again. */
export async function sweepTempFiles(dir: string, olderThanMs: number, names?: readonly string[]): Promise<void> {
  const now = Date.now();
  for (const name of names ?? (await readdir(dir))) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    const path = join(dir, name);
    const info = await lstat(path).catch(() => null);
    if (info?.isFile() && now - info.mtimeMs >= olderThanMs) await unlink(path).catch(() => undefined);
  }
}

/** Writes `data` to a fresh temp file beside `target` and fsyncs it; returns the temp path. */
export async function writeTemp(target: string, data: string | Uint8Array): Promise<string> {
  const temp = join(dirname(target), `${TEMP_PREFIX}${basename(target)}.${randomUUID()}`);
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (err) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw err;
  }
  await handle.close();
  return temp;
}

/** Temp file, fsync, rename over `target`, fsync the folder: readers see the old or the new bytes, never a mix. */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temp = await writeTemp(target, data);
  try {
    await rename(temp, target);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
  await fsyncDir(dirname(target));
}

/**
 * Errors of a file system that has no hard links (FAT and exFAT drives, some network shares).
 * Windows reports such a drive's refusal as EISDIR.
 */
const NO_HARD_LINKS = ['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK', 'EISDIR'];

/**
 * Gives `from` the name `to` unless a file has that name already; false when one has.
 * A hard link fails on a taken name, so a file appearing meanwhile is never replaced.
 * Where hard links are not supported, the name is claimed by creating an empty file with
 * it exclusively, and `from` is then moved onto that placeholder.
 */
export async function moveIfFree(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to);
  } catch (err) {
    if (isErrno(err, 'EEXIST')) return false;
    if (!NO_HARD_LINKS.some((code) => isErrno(err, code))) throw err;
    return claimAndMove(from, to);
  }
  await unlink(from).catch(() => undefined);
  return true;
}

async function claimAndMove(from: string, to: string): Promise<boolean> {
  let placeholder;
  try {
    placeholder = await open(to, 'wx');
  } catch (err) {
    if (isErrno(err, 'EEXIST')) return false;
    throw err;
  }
  await placeholder.close();
  try {
    await rename(from, to);
  } catch (err) {
    await unlink(to).catch(() => undefined);
    throw err;
  }
  return true;
}

/** Writes `data` at `target` only if no file has that name, durably; false when one has. */
export async function writeIfFree(target: string, data: string | Uint8Array): Promise<boolean> {
  const temp = await writeTemp(target, data);
  try {
    if (!(await moveIfFree(temp, target))) return false;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  await fsyncDir(dirname(target));
  return true;
}
