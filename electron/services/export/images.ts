import { lstat, readFile, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { imageMimeType } from '../../../shared/render/nitf';
import { isErrno, ServiceError } from '../errors';
import { isInside } from '../workspace/paths';

/** Largest image copied or inlined. */
export const MAX_IMAGE_BYTES = 50 * 1024 * 1024;

/** An image of a story: its path in the workspace (`assets/x.jpg`) and on disk. */
export interface StoryImage {
  src: string;
  path: string;
}

/**
 * Finds an image of the workspace at `root`: `assets/<name>`, a regular file (not a link)
 * inside the workspace, no larger than 50 MB. Throws ServiceError naming the image.
 */
export async function locateImage(root: string, src: string): Promise<StoryImage> {
  const name = /^assets\/([^/\\]+)$/.exec(src)?.[1];
  if (name === undefined || name === '.' || name === '..') {
    throw new ServiceError('invalid-file', `The image path ${JSON.stringify(src)} is not a file in the assets folder.`);
  }
  const path = join(root, 'assets', name);
  let info;
  try {
    info = await lstat(path);
  } catch (err) {
    if (isErrno(err, 'ENOENT')) throw new ServiceError('not-found', `The image ${src} is missing.`);
    throw err;
  }
  if (!info.isFile()) throw new ServiceError('invalid-file', `The image ${src} is not a regular file.`);
  if (info.size > MAX_IMAGE_BYTES) throw new ServiceError('too-large', `The image ${src} is larger than 50 MB.`);
  const [realRoot, realFile] = await Promise.all([realpath(root), realpath(path)]);
  if (!isInside(realRoot, realFile)) throw new ServiceError('outside-workspace', `The image ${src} resolves outside the workspace.`);
  return { src, path };
}

/** An image file as a base64 `data:` URL; only common web image types can be inlined. */
export async function imageDataUrl(image: StoryImage): Promise<string> {
  const mime = imageMimeType(image.src);
  if (mime === '') throw new ServiceError('unsupported', `The image ${image.src} is not a PNG, JPEG, GIF, WebP, AVIF or SVG file.`);
  const bytes = await readFile(image.path);
  if (bytes.byteLength > MAX_IMAGE_BYTES) throw new ServiceError('too-large', `The image ${image.src} is larger than 50 MB.`);
  return `data:${mime};base64,${bytes.toString('base64')}`;
}
