import { mkdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Article } from '../../shared/model/article';
import { MAX_ARTICLE_BYTES, parseArticle } from '../../shared/model/serialize';
import { isErrno } from '../services/errors';
import { readTextFile } from '../services/import/read-text-file';
import type { WorkspaceStore } from '../services/workspace/types';
import { CliFailure, failureAbout } from './errors';
import type { CliContext } from './io';

/** Opens the workspace at `dir` (relative to the working folder), creating the folder if `create`. */
export async function openWorkspace(ctx: CliContext, dir: string, create: boolean): Promise<WorkspaceStore> {
  const root = resolve(ctx.io.cwd, dir);
  try {
    if (create) await mkdir(root, { recursive: true });
    const info = await stat(root);
    if (!info.isDirectory()) throw new CliFailure(`${dir}: not a folder`);
  } catch (err) {
    if (isErrno(err, 'ENOENT')) throw new CliFailure(`${dir}: no such workspace folder`);
    if (isErrno(err, 'EEXIST')) throw new CliFailure(`${dir}: not a folder`);
    failureAbout(dir, err);
  }
  try {
    return await ctx.openStore(root);
  } catch (err) {
    failureAbout(dir, err);
  }
}

/** Reads and validates the story file at `path` (refused past the size limit before parsing). */
export async function readArticleFile(path: string): Promise<Article> {
  return parseArticle(await readTextFile(path, MAX_ARTICLE_BYTES));
}
