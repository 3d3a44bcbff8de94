import { mkdir, readFile, readdir, stat, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/model/article';
import { createArticle } from '../../../shared/model/factory';
import { serializeArticle } from '../../../shared/model/serialize';
import { sha256 } from '../../../electron/services/workspace/hash';
import { openWorkspaceStore } from '../../../electron/services/workspace/store';
import type { WorkspaceStore } from '../../../electron/services/workspace/types';
import { ServiceError } from '../../../electron/services/errors';
import { removeDir, tempDir } from '../../helpers/temp';

let dir: string;
let store: WorkspaceStore;

beforeEach(async () => {
  dir = await tempDir();
  store = await openWorkspaceStore(join(dir, 'ws'));
});
afterEach(() => removeDir(dir));

function story(headline: string, text = 'First paragraph.') {
  return createArticle({ headline, section: 'Local', body: [{ type: 'paragraph', children: [{ text }] }] });
}

async function expectCode(promise: Promise<unknown>, code: string) {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ServiceError);
  expect((err as ServiceError).code).toBe(code);
  return err as ServiceError;
}

describe('creating and listing stories', () => {
  it('creates a pretty-printed file named from the headline and lists it', async () => {
    const { id, file } = await store.create(story('Bridge Reopens After Storm', 'Three words here'));
    expect(id).toBe('bridge-reopens-after-storm');
    expect(file).toBe(join(store.root, 'bridge-reopens-after-storm.story.json'));
    const text = await readFile(file, 'utf8');
    expect(text.startsWith(`{\n  "schemaVersion": ${CURRENT_SCHEMA_VERSION},\n`)).toBe(true);
    const [row] = await store.list();
    expect(row).toMatchObject({ id, file: 'bridge-reopens-after-storm.story.json', headline: 'Bridge Reopens After Storm', section: 'Local', status: 'draft', wordCount: 3 });
  });

  it('never overwrites: a second story with the same headline gets a new name', async () => {
    const a = await store.create(story('Same'));
    const b = await store.create(story('Same'));
    expect(a.id).toBe('same');
    expect(b.id).toBe('same-2');
    expect((await store.list()).length).toBe(2);
  });

  it('writes the same bytes for the same story, so diffs stay small', async () => {
    const article = story('Stable');
    const { id } = await store.create(article);
    const before = await readFile(await store.pathOf(id), 'utf8');
    const opened = await store.read(id);
    await store.save(id, opened.article, opened.hash);
    expect(await readFile(await store.pathOf(id), 'utf8')).toBe(before);
    expect(before).toBe(serializeArticle(article));
  });
});

describe('saving with the hash it was based on', () => {
  it('saves when the disk still has the base hash and returns the new hash', async () => {
    const { id } = await store.create(story('Save me'));
    const opened = await store.read(id);
    opened.article.metadata.headline = 'Saved headline';
    const result = await store.save(id, opened.article, opened.hash);
    expect(result.kind).toBe('saved');
    const bytes = await readFile(await store.pathOf(id));
    expect(result).toEqual({ kind: 'saved', hash: sha256(bytes) });
    expect((await store.read(id)).article.metadata.headline).toBe('Saved headline');
  });

  it('returns a conflict and leaves the file alone when it changed on disk', async () => {
    const { id, file } = await store.create(story('Contested'));
    const opened = await store.read(id);
    const theirs = story('Changed elsewhere');
    await writeFile(file, serializeArticle(theirs));
    opened.article.metadata.headline = 'Mine';
    const result = await store.save(id, opened.article, opened.hash);
    expect(result).toEqual({ kind: 'conflict', diskHash: sha256(serializeArticle(theirs)) });
    expect(await readFile(file, 'utf8')).toBe(serializeArticle(theirs));
  });

  it('returns a conflict when the file was deleted since it was opened', async () => {
    const { id, file } = await store.create(story('Gone'));
    const opened = await store.read(id);
    await store.trash(id);
    expect(await store.save(id, opened.article, opened.hash)).toEqual({ kind: 'conflict', diskHash: null });
    await expect(stat(file)).rejects.toThrow();
  });

  it('keeps the previous revision beside the workspace data, not in the story file', async () => {
    const { id } = await store.create(story('Revisions', 'old words'));
    const opened = await store.read(id);
    const before = await readFile(await store.pathOf(id), 'utf8');
    opened.article.body = [{ type: 'paragraph', children: [{ text: 'new words' }] }];
    await store.save(id, opened.article, opened.hash);
    expect(await readFile(join(store.root, '.copydesk', 'previous', `${id}.story.json`), 'utf8')).toBe(before);
  });

  it('runs concurrent saves one after another: only the first with a given base wins', async () => {
    const { id } = await store.create(story('Race'));
    const opened = await store.read(id);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => {
        const a = structuredClone(opened.article);
        a.metadata.headline = `Version ${i}`;
        return store.save(id, a, opened.hash);
      }),
    );
    expect(results.filter((r) => r.kind === 'saved')).toHaveLength(1);
    expect((await store.read(id)).article.metadata.headline).toBe('Version 0');
  });

  it('refuses an invalid story before touching the disk', async () => {
    const { id, file } = await store.create(story('Valid'));
    const opened = await store.read(id);
    const before = await readFile(file, 'utf8');
    const broken = { ...opened.article, body: [] } as unknown as typeof opened.article;
    const err = await expectCode(store.save(id, broken, opened.hash), 'invalid-argument');
    expect(err.message).toContain('body');
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('leaves no temporary files behind', async () => {
    const { id } = await store.create(story('Tidy'));
    for (let i = 0; i < 5; i++) {
      const opened = await store.read(id);
      await store.save(id, opened.article, opened.hash);
    }
    expect((await readdir(store.root)).filter((n) => n.includes('tmp'))).toEqual([]);
  });
});

describe('files that cannot be read', () => {
  async function listed(name: string, content: string | Buffer) {
    const file = join(store.root, name);
    await writeFile(file, content);
    const before = await readFile(file);
    const row = (await store.list()).find((r) => r.file === name);
    expect(await readFile(file)).toEqual(before);
    return row as { error?: string } | undefined;
  }

  it('lists truncated JSON with the file name and reason', async () => {
    const text = serializeArticle(story('Truncated'));
    const row = await listed('cut.story.json', text.slice(0, 120));
    expect(row?.error).toMatch(/^cut\.story\.json: not valid JSON/);
    await expectCode(store.read('cut'), 'invalid-file');
  });

  it('names the field path of a wrong type', async () => {
    const doc = JSON.parse(serializeArticle(story('Wrong type')));
    doc.metadata.headline = 42;
    const row = await listed('typed.story.json', JSON.stringify(doc));
    expect(row?.error).toContain('metadata.headline');
  });

  it('refuses an unknown future schemaVersion', async () => {
    const doc = JSON.parse(serializeArticle(story('Future')));
    doc.schemaVersion = 99;
    const row = await listed('future.story.json', JSON.stringify(doc));
    expect(row?.error).toContain('newer Copydesk');
  });

  it('refuses a 25 MB file before parsing it', async () => {
    const file = join(store.root, 'huge.story.json');
    await writeFile(file, '');
    await truncate(file, 25 * 1024 * 1024);
    const row = (await store.list()).find((r) => r.id === 'huge') as { error?: string };
    expect(row.error).toMatch(/huge\.story\.json: 25\.0 MB is over the 20\.0 MB limit/);
    await expectCode(store.read('huge'), 'too-large');
    expect((await stat(file)).size).toBe(25 * 1024 * 1024);
  });

  it('ignores files that are not stories and the data folder', async () => {
    await writeFile(join(store.root, 'notes.txt'), 'hello');
    await mkdir(join(store.root, '.copydesk'), { recursive: true });
    await writeFile(join(store.root, '.hidden.story.json'), '{}');
    expect(await store.list()).toEqual([]);
  });
});

describe('ids never escape the workspace', () => {
  it('refuses ids that are paths', async () => {
    for (const id of ['../outside', '..', 'a/b', 'a\\b', '/etc/passwd', 'x\u0000y', '.copydesk']) {
      await expectCode(store.read(id), 'outside-workspace');
    }
  });

  it('refuses a story file that is a symlink to a file outside', async () => {
    const outside = join(dir, 'secret.story.json');
    await writeFile(outside, serializeArticle(story('Secret')));
    await symlink(outside, join(store.root, 'link.story.json'));
    await expectCode(store.read('link'), 'outside-workspace');
    const row = (await store.list()).find((r) => r.id === 'link') as { error?: string };
    expect(row.error).toContain('is a link');
    const opened = story('Overwrite attempt');
    await expectCode(store.save('link', opened, null), 'outside-workspace');
    expect(JSON.parse(await readFile(outside, 'utf8')).metadata.headline).toBe('Secret');
  });

  it('works when the workspace itself is reached through a symlink', async () => {
    await symlink(store.root, join(dir, 'alias'));
    const aliased = await openWorkspaceStore(join(dir, 'alias'));
    const { id } = await aliased.create(story('Through alias'));
    expect((await aliased.read(id)).article.metadata.headline).toBe('Through alias');
  });
});

describe('trash', () => {
  it('moves a story out of the list and restores it byte for byte', async () => {
    const { id, file } = await store.create(story('Deleted by mistake'));
    const bytes = await readFile(file);
    const { trashId } = await store.trash(id);
    expect(await store.list()).toEqual([]);
    const [entry] = await store.listTrash();
    expect(entry).toMatchObject({ trashId, headline: 'Deleted by mistake', file: `${id}.story.json` });
    expect(await store.restore(trashId)).toEqual({ id });
    expect(await readFile(file)).toEqual(bytes);
    expect(await store.listTrash()).toEqual([]);
  });

  it('restores beside a newer story of the same name instead of over it', async () => {
    const { id } = await store.create(story('Twice'));
    const { trashId } = await store.trash(id);
    await store.create(story('Twice', 'the new one'));
    const restored = await store.restore(trashId);
    expect(restored.id).not.toBe(id);
    expect((await store.read(id)).article.body).toEqual([{ type: 'paragraph', children: [{ text: 'the new one' }] }]);
    expect((await store.list()).length).toBe(2);
  });

  it('hands the file to the system trash when one is given, keeping a copy to restore', async () => {
    const trashed: string[] = [];
    const { rm } = await import('node:fs/promises');
    const withBin = await openWorkspaceStore(join(dir, 'ws2'), {
      trashBin: { trash: async (p) => void (trashed.push(p), await rm(p)) },
    });
    const { id, file } = await withBin.create(story('System trash'));
    const { trashId } = await withBin.trash(id);
    expect(trashed).toEqual([file]);
    await withBin.restore(trashId);
    expect((await withBin.read(id)).article.metadata.headline).toBe('System trash');
  });

  it('refuses trash ids that are paths', async () => {
    await expectCode(store.restore('../../etc/passwd'), 'not-found');
  });
});
