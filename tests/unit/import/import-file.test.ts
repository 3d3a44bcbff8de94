import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleSchema } from '../../../shared/model/article';
import { MAX_ARTICLE_BYTES } from '../../../shared/model/serialize';
import { ServiceError } from '../../../electron/services/errors';
import { importStoryFile } from '../../../electron/services/import/import-file';
import { readTextFile } from '../../../electron/services/import/read-text-file';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-import-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function failure(promise: Promise<unknown>): Promise<ServiceError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ServiceError);
  return err as ServiceError;
}

describe('readTextFile', () => {
  it('refuses a file over the limit by its size, before reading it', async () => {
    const big = join(dir, 'big.txt');
    await writeFile(big, '');
    await truncate(big, MAX_ARTICLE_BYTES + 1);
    const err = await failure(readTextFile(big, MAX_ARTICLE_BYTES));
    expect(err.code).toBe('too-large');
    expect(err.message).toMatch(/20 MB/);
  });

  it('decodes UTF-16 with a byte-order mark and refuses text that is not UTF-8', async () => {
    const utf16 = join(dir, 'u16.txt');
    await writeFile(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Héllo مرحبا', 'utf16le')]));
    expect(await readTextFile(utf16, 1000)).toBe('Héllo مرحبا');
    const latin1 = join(dir, 'latin1.txt');
    await writeFile(latin1, Buffer.from([0x43, 0x61, 0x66, 0xe9]));
    expect((await failure(readTextFile(latin1, 1000))).message).toMatch(/UTF-8/);
  });

  it('reports a missing file and a folder plainly', async () => {
    expect((await failure(readTextFile(join(dir, 'none.txt'), 1000))).code).toBe('not-found');
    expect((await failure(readTextFile(dir, 1000))).message).toMatch(/folder/);
  });
});

describe('importStoryFile', () => {
  it('builds a valid story, naming it after the file when the text has no headline', async () => {
    const file = join(dir, 'city_budget-2025.md');
    await writeFile(file, 'The city will spend more on **parks**.\n');
    const article = await importStoryFile(file);
    expect(articleSchema.safeParse(article).success).toBe(true);
    expect(article.metadata.headline).toBe('city budget 2025');
    expect(article.body[0]).toMatchObject({ type: 'paragraph' });
  });

  it('refuses other kinds of file and empty files', async () => {
    const docx = join(dir, 'story.docx');
    await writeFile(docx, 'x');
    expect((await failure(importStoryFile(docx))).code).toBe('unsupported');
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '\n  \n');
    expect((await failure(importStoryFile(empty))).message).toMatch(/empty/);
  });
});
