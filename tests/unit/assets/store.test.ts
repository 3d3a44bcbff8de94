import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import { createHandlers } from '../../../electron/api/handlers';
import { Session } from '../../../electron/api/session';
import { AssetStore } from '../../../electron/services/assets/store';
import { ServiceError } from '../../../electron/services/errors';
import { SettingsStore } from '../../../electron/services/settings';
import { MAX_ASSET_BYTES } from '../../../shared/model/asset';
import { makePng } from '../../helpers/png';
import { removeDir, tempDir } from '../../helpers/temp';

const tinyPng = () => makePng(1, 1);

const GIF = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');

let dir: string;
let root: string;
let assets: AssetStore;

beforeEach(async () => {
  dir = await tempDir();
  root = join(dir, 'ws');
  await mkdir(root);
  assets = new AssetStore(root);
});
afterEach(() => removeDir(dir));

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  return promise.then(
    () => null,
    (err: unknown) => (err instanceof ServiceError ? err.code : `unexpected ${String(err)}`),
  );
}

describe('adding images', () => {
  it('copies a PNG into assets/ under a safe name and reads it back as a data URL', async () => {
    const png = tinyPng();
    const { src } = await assets.add('../../Harbour Photo (1).PNG', png);
    expect(src).toBe('assets/harbour-photo-1.png');
    expect(await readFile(join(root, src))).toEqual(png);
    const { dataUrl } = await assets.read(src);
    expect(dataUrl).toBe(`data:image/png;base64,${png.toString('base64')}`);
  });

  it('names the file by what it is, not by what it claims to be', async () => {
    expect((await assets.add('photo.png', GIF)).src).toBe('assets/photo.gif');
  });

  it('never overwrites: the same name again gets a new file', async () => {
    const first = await assets.add('ferry.png', tinyPng());
    const second = await assets.add('ferry.png', tinyPng());
    expect([first.src, second.src]).toEqual(['assets/ferry.png', 'assets/ferry-2.png']);
    await writeFile(join(root, 'assets', 'ferry-3.png'), 'not mine');
    expect((await assets.add('ferry.png', tinyPng())).src).toBe('assets/ferry-4.png');
    expect(await readFile(join(root, 'assets', 'ferry-3.png'), 'utf8')).toBe('not mine');
  });

  it('leaves no temporary files behind', async () => {
    await assets.add('a.png', tinyPng());
    await codeOf(assets.add('b.png', Buffer.from('<svg onload="x()">')));
    expect(await readdir(join(root, 'assets'))).toEqual(['a.png']);
  });

  it.each([
    ['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'unsupported'],
    ['HTML named .png', Buffer.from('<html><script>alert(1)</script>'), 'unsupported'],
    ['an empty file', Buffer.alloc(0), 'invalid-file'],
  ])('refuses %s', async (_name, bytes, code) => {
    expect(await codeOf(assets.add('x.png', bytes))).toBe(code);
  });

  it('refuses images over 15 MB', async () => {
    const big = Buffer.alloc(MAX_ASSET_BYTES + 1);
    tinyPng().copy(big);
    expect(await codeOf(assets.add('big.png', big))).toBe('too-large');
  });

  it('gives reserved and empty names a usable one', async () => {
    expect((await assets.add('CON.png', tinyPng())).src).toBe('assets/image-con.png');
    expect((await assets.add('???.png', tinyPng())).src).toBe('assets/image.png');
    expect((await assets.add('صورة الميناء.png', tinyPng())).src).toBe('assets/صورة-الميناء.png');
  });

  it('refuses an assets folder that is a link out of the workspace', async () => {
    const outside = join(dir, 'outside');
    await mkdir(outside);
    await symlink(outside, join(root, 'assets'));
    expect(await codeOf(assets.add('a.png', tinyPng()))).toBe('outside-workspace');
    expect(await readdir(outside)).toEqual([]);
  });
});

describe('reading images', () => {
  it('refuses links, paths and files that are not images', async () => {
    await mkdir(join(root, 'assets'));
    await writeFile(join(dir, 'secret.png'), tinyPng());
    await symlink(join(dir, 'secret.png'), join(root, 'assets', 'link.png'));
    await writeFile(join(root, 'assets', 'notes.png'), 'plain text');
    expect(await codeOf(assets.read('assets/link.png'))).toBe('invalid-file');
    expect(await codeOf(assets.read('assets/notes.png'))).toBe('unsupported');
    expect(await codeOf(assets.read('assets/missing.png'))).toBe('not-found');
    for (const src of ['assets/../secret.png', '../secret.png', '/etc/passwd', 'assets/..', 'assets/a\\..\\b']) {
      expect(await codeOf(assets.read(src)), src).toBe('invalid-argument');
    }
  });
});

describe('the asset channels', () => {
  it('validate their arguments before touching the disk', async () => {
    const session = new Session({ settings: new SettingsStore(join(dir, 'settings.json')), defaultWorkspace: join(dir, 'Copydesk') });
    await session.start();
    try {
      const handlers = createHandlers(session);
      const png = tinyPng().toString('base64');
      const added = await dispatch(handlers, 'asset:add', { fileName: 'quay.png', dataBase64: png });
      expect(added).toEqual({ ok: true, value: { src: 'assets/quay.png' } });
      expect(await dispatch(handlers, 'asset:read', { src: 'assets/quay.png' })).toEqual({
        ok: true,
        value: { dataUrl: `data:image/png;base64,${png}` },
      });
      expect(await dispatch(handlers, 'asset:add', { fileName: 'x.png', dataBase64: 'not base64!' })).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      });
      expect(await dispatch(handlers, 'asset:read', { src: '../settings.json' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
      expect(await dispatch(handlers, 'asset:read', { src: 'assets/../../settings.json' })).toMatchObject({ ok: false });
    } finally {
      await session.close();
    }
  });
});
