import { createHash } from 'node:crypto';
import { lstat, readFile, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageStyle, StylesheetError, type PageStyle } from '../../../shared/render/style';
import { decodeText } from '../import/read-text-file';
import { isErrno, ServiceError } from '../errors';
import { DATA_DIR, isInside } from '../workspace/paths';

/** The house stylesheet as laid out in the source tree (tsx, tests, the CLI). */
export const HOUSE_STYLESHEET_PATH = fileURLToPath(new URL('../../../assets/export/article.css', import.meta.url));

let housePathOverride: string | null = null;

/** Where the desktop app keeps the house stylesheet; bundled code cannot find it beside its source. */
export function setHouseStylesheetPath(path: string | null): void {
  housePathOverride = path;
}

function defaultHousePath(): string {
  return housePathOverride ?? HOUSE_STYLESHEET_PATH;
}

/** Where a workspace keeps its own stylesheet, relative to the workspace folder. */
export const THEME_STYLESHEET = join(DATA_DIR, 'theme', 'article.css');

/** Largest stylesheet inlined into a page. */
export const MAX_STYLESHEET_BYTES = 512 * 1024;

/** Base64 SHA-256 of a string's UTF-8 bytes, for CSP hash sources. */
export function nodeSha256Base64(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

function styleFrom(css: string, label: string): PageStyle {
  try {
    return pageStyle(css, nodeSha256Base64);
  } catch (err) {
    if (err instanceof StylesheetError) throw new ServiceError('invalid-file', `${label}: ${err.message}`);
    throw err;
  }
}

async function readStylesheet(path: string, label: string): Promise<string> {
  const bytes = await readFile(path);
  if (bytes.byteLength > MAX_STYLESHEET_BYTES) throw new ServiceError('too-large', `${label} is larger than 512 KB.`);
  try {
    return decodeText(bytes);
  } catch {
    throw new ServiceError('invalid-file', `${label} is not UTF-8 text.`);
  }
}

/** The house stylesheet, ready to inline. `path` overrides where it is read from (the packaged app). */
export async function houseStyle(path = defaultHousePath()): Promise<PageStyle> {
  return styleFrom(await readStylesheet(path, 'The house stylesheet'), 'The house stylesheet');
}

/**
 * The stylesheet for stories of the workspace at `root`: `.copydesk/theme/article.css` when
 * that is a regular file inside the workspace (not a link), else the house stylesheet.
 */
export async function workspaceStyle(root: string, housePath = defaultHousePath()): Promise<PageStyle> {
  const path = join(root, THEME_STYLESHEET);
  let info;
  try {
    info = await lstat(path);
  } catch (err) {
    if (isErrno(err, 'ENOENT') || isErrno(err, 'ENOTDIR')) return houseStyle(housePath);
    throw err;
  }
  if (!info.isFile()) throw new ServiceError('invalid-file', `${THEME_STYLESHEET} is not a regular file.`);
  const [realRoot, realFile] = await Promise.all([realpath(root), realpath(path)]);
  if (!isInside(realRoot, realFile)) {
    throw new ServiceError('outside-workspace', `${THEME_STYLESHEET} resolves outside the workspace.`);
  }
  return styleFrom(await readStylesheet(path, THEME_STYLESHEET), THEME_STYLESHEET);
}
