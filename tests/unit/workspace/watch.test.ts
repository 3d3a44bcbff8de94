import { rename, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createArticle } from '../../../shared/model/factory';
import { serializeArticle } from '../../../shared/model/serialize';
import { sha256 } from '../../../electron/services/workspace/hash';
import { openWorkspaceStore } from '../../../electron/services/workspace/store';
import type { DiskChange, WorkspaceStore } from '../../../electron/services/workspace/types';
import { removeDir, tempDir } from '../../helpers/temp';

let dir: string;
let store: WorkspaceStore;
let changes: DiskChange[];
let stop: () => Promise<void>;

beforeEach(async () => {
  dir = await tempDir();
  store = await openWorkspaceStore(join(dir, 'ws'));
  changes = [];
  stop = store.watch((batch) => changes.push(...batch));
  // chokidar needs a moment before it reports anything
  await new Promise((r) => setTimeout(r, 300));
});
afterEach(async () => {
  await stop();
  await removeDir(dir);
});

async function until(check: () => boolean, ms = 3000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out; saw ${JSON.stringify(changes)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

it('reports an external write to an open story, with the new hash', async () => {
  const { id, file } = await store.create(createArticle({ headline: 'Watched' }));
  await store.read(id);
  const theirs = serializeArticle(createArticle({ headline: 'Edited elsewhere' }));
  await writeFile(file, theirs);
  await until(() => changes.some((c) => c.kind === 'changed'));
  expect(changes.filter((c) => c.id === id && c.kind === 'changed').at(-1)).toEqual({ id, kind: 'changed', hash: sha256(theirs) });
});

it('sees a rename-over save (as vim does) and a delete', async () => {
  const { id, file } = await store.create(createArticle({ headline: 'Renamed over' }));
  await store.read(id);
  const theirs = serializeArticle(createArticle({ headline: 'Via rename' }));
  await writeFile(join(store.root, 'swap.tmp'), theirs);
  await rename(join(store.root, 'swap.tmp'), file);
  await until(() => changes.some((c) => c.kind === 'changed' && c.hash === sha256(theirs)));
  await rm(file);
  await until(() => changes.some((c) => c.kind === 'removed'));
});

it('stays quiet about our own saves and about a touch that changes nothing', async () => {
  const { id, file } = await store.create(createArticle({ headline: 'Own saves' }));
  const opened = await store.read(id);
  await new Promise((r) => setTimeout(r, 300));
  changes.length = 0;
  opened.article.metadata.headline = 'Saved by us';
  await store.save(id, opened.article, opened.hash);
  const now = new Date();
  await utimes(file, now, now);
  await new Promise((r) => setTimeout(r, 500));
  expect(changes).toEqual([]);
});
