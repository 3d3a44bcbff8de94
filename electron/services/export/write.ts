import { randomUUID } from 'node:crypto';
import { copyFile, constants, lstat, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isErrno, ServiceError } from '../errors';

/** A file an export would not replace, by its name. */
export class FileExistsError extends ServiceError {
  constructor(readonly fileName: string) {
    super('exists', `${fileName} already exists in the export folder.`);
  }
}

/** The error for a name that is already taken. */
export function existsError(path: string): FileExistsError {
  return new FileExistsError(basename(path));
}

function tempBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
}

/**
 * Writes a file. Without `overwrite` an existing file is never touched (ServiceError 'exists');
 * with it, the new content goes to a temporary file first and replaces the old one in one rename.
 */
export async function writeExportFile(path: string, data: string | Uint8Array, overwrite: boolean): Promise<void> {
  if (!overwrite) {
    try {
      await writeFile(path, data, { flag: 'wx' });
    } catch (err) {
      if (isErrno(err, 'EEXIST')) throw existsError(path);
      // The file was created by this call (wx), so a half-written one is ours to remove.
      await unlink(path).catch(() => undefined);
      throw err;
    }
    return;
  }
  const temp = tempBeside(path);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
}

/** True when two files hold the same bytes. */
export async function sameContent(a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([stat(a), stat(b)]);
  if (sa.size !== sb.size) return false;
  const [ba, bb] = await Promise.all([readFile(a), readFile(b)]);
  return ba.equals(bb);
}

/**
 * Copies a file. An identical file already at `to` counts as done; a different one is
 * replaced only with `overwrite` (ServiceError 'exists' otherwise).
 */
export async function copyExportFile(from: string, to: string, overwrite: boolean): Promise<void> {
  try {
    await copyFile(from, to, constants.COPYFILE_EXCL);
    return;
  } catch (err) {
    if (!isErrno(err, 'EEXIST')) {
      await unlink(to).catch(() => undefined);
      throw err;
    }
  }
  if (await sameContent(from, to)) return;
  if (!overwrite) throw existsError(to);
  const temp = tempBeside(to);
  try {
    await copyFile(from, temp, constants.COPYFILE_EXCL);
    await rename(temp, to);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
}

/** True when something exists at `path` (a link counts, even a broken one). */
export async function pathTaken(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return false;
    throw err;
  }
}
