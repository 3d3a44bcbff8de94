import { ArticleFormatError } from '../../shared/model/serialize';
import { ServiceError } from '../services/errors';

/** Exit statuses of the command line. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** The command was called wrongly (exit 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The command was called rightly but could not do its job (exit 1). */
export class CliFailure extends Error {
  override name = 'CliFailure';
}

const ERRNO_TEXT: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'not a folder',
  EISDIR: 'is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EEXIST: 'already exists',
  ENOSPC: 'no space left on the disk',
  EROFS: 'the disk is read-only',
  EMFILE: 'too many open files',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
};

function errnoCode(err: unknown): string | undefined {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
}

/** A message for an error the commands expect (service, format and file-system errors), or null for a bug. */
export function expectedMessage(err: unknown): string | null {
  if (err instanceof UsageError || err instanceof CliFailure) return err.message;
  if (err instanceof ServiceError || err instanceof ArticleFormatError) return err.message;
  const code = errnoCode(err);
  if (code) {
    const path = (err as NodeJS.ErrnoException).path;
    const text = ERRNO_TEXT[code] ?? `file system error ${code}`;
    return path ? `${path}: ${text}` : text;
  }
  return null;
}

/** Re-throws `err` as a failure about `label` (a file name as the user typed it). */
export function failureAbout(label: string, err: unknown): never {
  if (err instanceof UsageError || err instanceof CliFailure) throw err;
  const code = errnoCode(err);
  const message = code ? (ERRNO_TEXT[code] ?? `file system error ${code}`) : expectedMessage(err);
  if (message === null) throw err;
  throw new CliFailure(`${label}: ${message}`);
}

/** Drops control characters (terminal escapes among them) and folds the text onto one line. */
export function oneLine(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .trim();
}
