import { lstat, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { ARTICLE_EXTENSION } from '../../../shared/model/serialize';
import { articleIdSchema } from '../../../shared/ipc/contract';
import { isErrno, ServiceError } from '../errors';

/** Name of the workspace's own data folder (history, trash, previous revisions). */
export const DATA_DIR = '.copydesk';

/** The story id a file name stands for, or null when it is not a story file. */
export function idFromFileName(name: string): string | null {
  if (name.startsWith('.') || !name.endsWith(ARTICLE_EXTENSION)) return null;
  const id = name.slice(0, -ARTICLE_EXTENSION.length);
  return id.length > 0 ? id : null;
}

/** The file name of a story id. */
export function fileNameOf(id: string): string {
  return id.normalize('NFC') + ARTICLE_EXTENSION;
}

/** True when `child` lies strictly inside `root` (both already resolved). */
export function isInside(root: string, child: string): boolean {
  const rel = relative(root, child);
  return rel !== '' && !rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel);
}

/**
 * Maps a story id to its absolute path inside `root`, refusing ids that are
 * paths, and files that are links or resolve outside the workspace.
 */
export async function resolveArticlePath(root: string, id: string): Promise<string> {
  const parsed = articleIdSchema.safeParse(id);
  if (!parsed.success) throw new ServiceError('outside-workspace', 'That story id is not a file name in the workspace.');
  const abs = join(root, fileNameOf(parsed.data));
  if (!isInside(root, abs) || relative(root, abs).includes(sep)) {
    throw new ServiceError('outside-workspace', 'That story id is not a file name in the workspace.');
  }
  let info;
  try {
    info = await lstat(abs);
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return abs;
    throw err;
  }
  if (info.isSymbolicLink()) {
    throw new ServiceError('outside-workspace', `${fileNameOf(parsed.data)} is a link; links are not followed.`);
  }
  const real = await realpath(abs);
  if (!isInside(root, real)) {
    throw new ServiceError('outside-workspace', `${fileNameOf(parsed.data)} resolves outside the workspace.`);
  }
  return abs;
}
