import { open, stat } from 'node:fs/promises';
import { ServiceError } from '../errors';

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

function fsFailure(err: unknown): ServiceError {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new ServiceError('not-found', 'no such file');
    case 'EACCES':
    case 'EPERM':
      return new ServiceError('io', 'permission denied');
    case 'EISDIR':
      return new ServiceError('invalid-file', 'is a folder, not a file');
    default:
      return new ServiceError('io', `cannot read the file (${code ?? 'unknown error'})`);
  }
}

/** Decodes UTF-8 (with or without a BOM) or BOM-marked UTF-16; anything else is refused. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ServiceError('invalid-file', 'not UTF-8 text (save it as UTF-8 and try again)');
  }
}

/** Reads a text file, refusing anything that is not a regular file or is larger than `maxBytes` before reading it. */
export async function readTextFile(path: string, maxBytes: number): Promise<string> {
  let bytes: Uint8Array;
  try {
    // stat first: opening a FIFO or device for reading could block forever.
    const info = await stat(path);
    if (info.isDirectory()) throw new ServiceError('invalid-file', 'is a folder, not a file');
    if (!info.isFile()) throw new ServiceError('invalid-file', 'not a regular file');
    if (info.size > maxBytes) throw new ServiceError('too-large', `file is larger than ${megabytes(maxBytes)}`);
    const handle = await open(path, 'r');
    try {
      const size = (await handle.stat()).size;
      if (size > maxBytes) throw new ServiceError('too-large', `file is larger than ${megabytes(maxBytes)}`);
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (err) {
    throw err instanceof ServiceError ? err : fsFailure(err);
  }
  if (bytes.byteLength > maxBytes) throw new ServiceError('too-large', `file is larger than ${megabytes(maxBytes)}`);
  return decodeText(bytes);
}
