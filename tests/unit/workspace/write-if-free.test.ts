import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { removeDir, tempDir } from '../../helpers/temp';

// Lets a test stand in for a drive without hard links (FAT, exFAT), where link() fails: EPERM on
// Linux, EISDIR on Windows.
const drive = vi.hoisted(() => ({ hardLinks: true, refusal: 'EPERM', failFrom: '' }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    link: async (from: string, to: string) => {
      if (drive.failFrom !== '' && from.startsWith(drive.failFrom)) throw Object.assign(new Error(`EIO: link '${from}'`), { code: 'EIO' });
      if (drive.hardLinks) return real.link(from, to);
      throw Object.assign(new Error(`${drive.refusal}: link '${from}' -> '${to}'`), { code: drive.refusal });
    },
  };
});

const { writeIfFree } = await import('../../../electron/services/workspace/atomic-write');
const { openWorkspaceStore } = await import('../../../electron/services/workspace/store');
const { createArticle } = await import('../../../shared/model/factory');

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  drive.hardLinks = true;
  drive.failFrom = '';
  await removeDir(dir);
});

describe.each([
  ['with hard links', true, 'EPERM'],
  ['on a drive without hard links (Linux)', false, 'EPERM'],
  ['on a drive without hard links (Windows)', false, 'EISDIR'],
])('writeIfFree %s', (_name, hardLinks, refusal) => {
  it('writes a free name, never replaces a taken one, and leaves no temp file', async () => {
    drive.hardLinks = hardLinks;
    drive.refusal = refusal;
    const target = join(dir, 'harbour-wall.story.json');
    expect(await writeIfFree(target, 'first')).toBe(true);
    expect(await writeIfFree(target, 'second')).toBe(false);
    expect(await readFile(target, 'utf8')).toBe('first');

    await writeFile(join(dir, 'by-someone-else.txt'), 'theirs');
    expect(await writeIfFree(join(dir, 'by-someone-else.txt'), 'ours')).toBe(false);
    expect(await readFile(join(dir, 'by-someone-else.txt'), 'utf8')).toBe('theirs');
    expect((await readdir(dir)).sort()).toEqual(['by-someone-else.txt', 'harbour-wall.story.json']);
  });
});

describe('a save the disk refuses half-way', () => {
  it('fails, and leaves the story file in place with what it held', async () => {
    const store = await openWorkspaceStore(dir);
    const { id, file } = await store.create(createArticle({ headline: 'Harbour wall' }));
    const before = await readFile(file, 'utf8');
    const { hash } = await store.read(id);
    drive.failFrom = join(dir, '.copydesk-tmp-');
    await expect(store.save(id, createArticle({ headline: 'Harbour wall rebuilt' }), hash)).rejects.toThrow(/EIO/);
    expect(await readFile(file, 'utf8')).toBe(before);
  });
});
