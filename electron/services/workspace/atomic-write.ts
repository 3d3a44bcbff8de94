import { randomUUID } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

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
