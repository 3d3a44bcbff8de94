import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Handlers } from '../../../shared/ipc/contract';
import type { Article } from '../../../shared/model/article';
import type { VersionEntry } from '../../../shared/model/version';
import { dispatch } from '../../../electron/api/dispatch';
import { createHandlers } from '../../../electron/api/handlers';
import { Session } from '../../../electron/api/session';
import { SettingsStore } from '../../../electron/services/settings';
import { removeDir, tempDir } from '../../helpers/temp';

let dir: string;
let session: Session;
let handlers: Handlers;

beforeEach(async () => {
  dir = await tempDir();
  session = new Session({ settings: new SettingsStore(join(dir, 'settings.json')), defaultWorkspace: join(dir, 'Copydesk') });
  await session.start();
  handlers = createHandlers(session);
});
afterEach(async () => {
  await session.close();
  await removeDir(dir);
});

async function call<T>(channel: string, args: unknown): Promise<T> {
  const result = await dispatch(handlers, channel, args);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

describe('who you are', () => {
  it('is kept per machine in the settings file and read back by a new session', async () => {
    expect(await call('settings:author', {})).toEqual({ name: '', initials: '' });
    expect(await call('settings:setAuthor', { name: '  Maya Okafor ', initials: 'MO' })).toEqual({ name: 'Maya Okafor', initials: 'MO' });
    const fresh = createHandlers(new Session({ settings: new SettingsStore(join(dir, 'settings.json')), defaultWorkspace: join(dir, 'Copydesk') }));
    expect(await dispatch(fresh, 'settings:author', {})).toEqual({ ok: true, value: { name: 'Maya Okafor', initials: 'MO' } });
    expect(await dispatch(handlers, 'settings:setAuthor', { name: 'x', initials: 'TOO-LONG-INITIALS' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });
});

describe('versions', () => {
  it('snapshots the file on disk by you, lists and reads versions by the story uid', async () => {
    await call('settings:setAuthor', { name: 'Rui Costa', initials: 'RC' });
    const { id } = await call<{ id: string }>('article:create', { headline: 'Trams' });
    const opened = await call<{ hash: string; article: Article }>('article:open', { id });
    const uid = opened.article.uid;

    const first = await call<{ created: boolean; entry: VersionEntry }>('history:snapshot', { id, reason: 'save' });
    expect(first.created).toBe(true);
    expect(first.entry).toMatchObject({ seq: 1, reason: 'save', author: { name: 'Rui Costa', initials: 'RC' } });
    expect((await call<{ created: boolean }>('history:snapshot', { id, reason: 'interval' })).created).toBe(false);

    const edited: Article = { ...opened.article, body: [{ type: 'paragraph', children: [{ text: 'Ten new cars.' }] }] };
    await call('article:save', { id, baseHash: opened.hash, article: edited });
    const second = await call<{ entry: VersionEntry }>('history:snapshot', { id, reason: 'restore', restoredFrom: 1 });
    expect(second.entry).toMatchObject({ seq: 2, reason: 'restore', restoredFrom: 1, wordCount: 3 });

    const list = await call<VersionEntry[]>('history:list', { uid });
    expect(list.map((v) => [v.seq, v.reason])).toEqual([
      [1, 'save'],
      [2, 'restore'],
    ]);
    const old = await call<Article>('history:read', { uid, versionId: list[0]!.id });
    expect(old.body).toEqual(opened.article.body);
    expect((await call<Article>('history:read', { uid, versionId: list[1]!.id })).body).toEqual(edited.body);
  });

  it('refuses paths and unknown versions', async () => {
    expect(await dispatch(handlers, 'history:list', { uid: '../etc' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatch(handlers, 'history:read', { uid: 'abc', versionId: '00000009-deadbeef' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await dispatch(handlers, 'history:snapshot', { id: 'no-such-story', reason: 'save' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
