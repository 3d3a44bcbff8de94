import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { isErrno } from '../errors';

/** sha256 of some bytes, as hex. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** sha256 of a file's bytes, or null when it does not exist. */
export async function hashFile(path: string): Promise<string | null> {
  try {
    return sha256(await readFile(path));
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return null;
    throw err;
  }
}
