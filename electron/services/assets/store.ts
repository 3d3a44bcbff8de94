import { constants } from 'node:fs';
import { lstat, mkdir, open, realpath, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { ASSET_TYPES, MAX_ASSET_BYTES, assetSrcSchema } from '../../../shared/model/asset';
import { isErrno, ServiceError } from '../errors';
import { fsyncDir, moveIfFree, writeTemp } from '../workspace/atomic-write';
import { isInside } from '../workspace/paths';
import { assetFileName, assetStem } from './file-name';
import { sniffImageType } from './image-type';

/** Name of the folder inside a workspace that holds story images. */
export const ASSETS_DIR = 'assets';

const MAX_NAME_ATTEMPTS = 1000;
const MB = Math.round(MAX_ASSET_BYTES / (1024 * 1024));

/** The images of one workspace: copied in under fresh names, read back as `data:` URLs. */
export class AssetStore {
  constructor(readonly root: string) {}

  /** The assets folder, created if missing; refused when it is a link or leads out of the workspace. */
  private async folder(create: boolean): Promise<string> {
    const dir = join(this.root, ASSETS_DIR);
    let info;
    try {
      info = await lstat(dir);
    } catch (err) {
      if (!isErrno(err, 'ENOENT')) throw err;
      if (!create) throw new ServiceError('not-found', 'The image is missing: this workspace has no assets folder.');
      await mkdir(dir);
      return dir;
    }
    if (info.isSymbolicLink() || !info.isDirectory()) {
      throw new ServiceError('outside-workspace', 'The assets folder of this workspace is a link or not a folder.');
    }
    const [realRoot, realDir] = await Promise.all([realpath(this.root), realpath(dir)]);
    if (!isInside(realRoot, realDir)) throw new ServiceError('outside-workspace', 'The assets folder resolves outside the workspace.');
    return dir;
  }

  /**
   * Checks that `bytes` are a PNG, JPEG, GIF or WebP image of at most 15 MB and writes them
   * atomically into the assets folder under a new name derived from `fileName`; never overwrites.
   */
  async add(fileName: string, bytes: Uint8Array): Promise<{ src: string }> {
    if (bytes.byteLength === 0) throw new ServiceError('invalid-file', 'The picked file is empty.');
    if (bytes.byteLength > MAX_ASSET_BYTES) throw new ServiceError('too-large', `Images can be at most ${MB} MB.`);
    const type = sniffImageType(bytes);
    if (!type) throw new ServiceError('unsupported', 'Only PNG, JPEG, GIF and WebP images can be added.');
    const dir = await this.folder(true);
    const stem = assetStem(fileName);
    const temp = await writeTemp(join(dir, assetFileName(stem, type, 1)), bytes);
    try {
      for (let attempt = 1; attempt <= MAX_NAME_ATTEMPTS; attempt++) {
        const name = assetFileName(stem, type, attempt);
        if (await moveIfFree(temp, join(dir, name))) {
          await fsyncDir(dir);
          return { src: `${ASSETS_DIR}/${name}` };
        }
      }
      throw new ServiceError('exists', 'There are too many images with that name in the workspace.');
    } finally {
      await unlink(temp).catch(() => undefined);
    }
  }

  /** An image of the assets folder as a `data:` URL; only regular files inside the workspace, never links. */
  async read(src: string): Promise<{ dataUrl: string }> {
    const parsed = assetSrcSchema.safeParse(src);
    if (!parsed.success) throw new ServiceError('invalid-argument', 'That is not an image of the assets folder.');
    const name = parsed.data.slice(ASSETS_DIR.length + 1);
    const dir = await this.folder(false);
    const path = join(dir, name);
    let handle;
    try {
      // O_NOFOLLOW: a link put in place of the image is refused; O_NONBLOCK: a FIFO cannot hang the read.
      handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    } catch (err) {
      if (isErrno(err, 'ENOENT')) throw new ServiceError('not-found', `The image ${name} is missing from the assets folder.`);
      if (isErrno(err, 'ELOOP')) throw new ServiceError('invalid-file', `The image ${name} is a link.`);
      throw err;
    }
    let bytes;
    try {
      const info = await handle.stat();
      if (!info.isFile()) throw new ServiceError('invalid-file', `The image ${name} is not a file.`);
      if (info.size > MAX_ASSET_BYTES) throw new ServiceError('too-large', `The image ${name} is larger than ${MB} MB.`);
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
    const type = sniffImageType(bytes);
    if (!type) throw new ServiceError('unsupported', `The file ${name} is not a PNG, JPEG, GIF or WebP image.`);
    return { dataUrl: `data:${ASSET_TYPES[type].mime};base64,${bytes.toString('base64')}` };
  }
}
