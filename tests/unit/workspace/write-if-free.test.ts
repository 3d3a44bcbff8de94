import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { removeDir, tempDir } from '../../helpers/temp';

// Lets a test stand in for a drive without hard links (FAT, exFAT), where link() fails with EPERM.
const drive = vi.hoisted(() => ({ hardLinks: true }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    link: async (from: string, to: string) => {
      if (drive.hardLinks) return real.link(from, to);
      throw Object.assign(new Error(`EPERM: operation not permitted, link '${from}' -> '${to}'`), { code: 'EPERM' });
    },
  };
});

const { writeIfFree } = await import('../../../electron/services/workspace/atomic-write');

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  drive.hardLinks = true;
  await removeDir(dir);
});

describe.each([
  ['with hard links', true],
  ['on a drive without hard links', false],
])('writeIfFree %s', (_name, hardLinks) => {
  it('writes a free name, never replaces a taken one, and leaves no temp file', async () => {
    drive.hardLinks = hardLinks;
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
