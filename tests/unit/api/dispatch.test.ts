import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS, type Handlers } from '../../../shared/ipc/contract';
import { dispatch } from '../../../electron/api/dispatch';
import { createHandlers } from '../../../electron/api/handlers';
import { Session } from '../../../electron/api/session';
import { SettingsStore } from '../../../electron/services/settings';
import { removeDir, tempDir } from '../../helpers/temp';

let dir: string;
let session: Session;
let handlers: Handlers;
const logged: unknown[] = [];
const log = (_c: string, e: unknown) => void logged.push(e);

beforeEach(async () => {
  dir = await tempDir();
  session = new Session({ settings: new SettingsStore(join(dir, 'settings.json')), defaultWorkspace: join(dir, 'Copydesk') });
  await session.start();
  handlers = createHandlers(session);
  logged.length = 0;
});
afterEach(async () => {
  await session.close();
  await removeDir(dir);
});

describe('first run', () => {
  it('creates the default workspace with our sample story', async () => {
    const result = await dispatch(handlers, 'article:list', {});
    expect(result.ok).toBe(true);
    const rows = (result as { value: { headline: string; wordCount: number }[] }).value;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.headline).toMatch(/ferry/i);
    expect(rows[0]!.wordCount).toBeGreaterThan(50);
  });

  it('does not add the sample again on the next start', async () => {
    await session.close();
    const again = new Session({ settings: new SettingsStore(join(dir, 'settings.json')), defaultWorkspace: join(dir, 'Copydesk') });
    await again.start();
    expect(await again.store.list()).toHaveLength(1);
    await again.close();
  });
});

describe('untrusted payloads', () => {
  it('refuses unknown channels and wrong shapes with a code and the field, never calling the service', async () => {
    expect(await dispatch(handlers, 'fs:readFile', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await dispatch(handlers, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await dispatch(handlers, 'article:open', { id: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: expect.stringContaining('id') as unknown },
    });
    expect(await dispatch(handlers, 'article:open', { id: 'x', extra: true })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatch(handlers, 'article:open', 'not an object')).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatch(handlers, 'article:open', JSON.parse('{"__proto__": {"id": "x"}}'))).toMatchObject({ ok: false });
    expect(await dispatch(handlers, 'article:create', { headline: 'x'.repeat(10_000_000) })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });

  it('refuses paths in every form where an id is expected', async () => {
    const before = await readdir(dir, { recursive: true });
    for (const id of ['../settings', '/etc/passwd', '..\\..\\x', 'C:\\Windows', '\\\\?\\C:\\x', 'a\u0000b', '.copydesk', ' a']) {
      const result = await dispatch(handlers, 'article:open', { id });
      expect(result.ok, id).toBe(false);
      expect(JSON.stringify(result)).not.toContain(dir);
    }
    expect(await readdir(dir, { recursive: true })).toEqual(before);
  });

  it('answers every channel with a Result, even for garbage', async () => {
    const garbage: unknown[] = [null, undefined, 0, '', [], { id: {} }, { key: 1 }, { trashId: '../x' }, { headline: null }];
    for (const channel of CHANNELS) {
      for (const raw of garbage) {
        const result = await dispatch(handlers, channel, raw);
        expect(typeof result.ok, `${channel} ${JSON.stringify(raw)}`).toBe('boolean');
      }
    }
  });

  it('turns unexpected failures into a plain message without paths or stacks', async () => {
    const broken = { ...handlers, 'article:list': () => Promise.reject(Object.assign(new Error(`EACCES: permission denied, open '${dir}/x'`), { code: 'EACCES' })) };
    const result = await dispatch(broken, 'article:list', {}, log);
    expect(result).toEqual({ ok: false, error: { code: 'io', message: 'Copydesk is not allowed to use that file.' } });
    expect(logged).toHaveLength(1);
  });
});

describe('stories through the handlers', () => {
  it('creates, opens, saves and reports a conflict for a stale save', async () => {
    const created = await dispatch(handlers, 'article:create', { headline: 'Through IPC', section: 'World' });
    expect(created).toEqual({ ok: true, value: { id: 'through-ipc' } });
    const opened = (await dispatch(handlers, 'article:open', { id: 'through-ipc' })) as {
      ok: true;
      value: { hash: string; article: { metadata: { headline: string } } };
    };
    const article = opened.value.article;
    article.metadata.headline = 'Edited';
    const saved = await dispatch(handlers, 'article:save', { id: 'through-ipc', baseHash: opened.value.hash, article });
    expect(saved).toMatchObject({ ok: true, value: { kind: 'saved' } });
    const stale = await dispatch(handlers, 'article:save', { id: 'through-ipc', baseHash: opened.value.hash, article });
    expect(stale).toMatchObject({ ok: true, value: { kind: 'conflict' } });
    const file = join(session.store.root, 'through-ipc.story.json');
    expect(JSON.parse(await readFile(file, 'utf8')).metadata.headline).toBe('Edited');
  });

  it('refuses a save whose story fails validation, naming the field', async () => {
    const opened = (await dispatch(handlers, 'article:list', {})) as { value: { id: string }[] };
    const id = opened.value[0]!.id;
    const one = (await dispatch(handlers, 'article:open', { id })) as { value: { hash: string; article: Record<string, unknown> } };
    const result = await dispatch(handlers, 'article:save', { id, baseHash: one.value.hash, article: { ...one.value.article, body: 'text' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('article.body') as unknown } });
  });
});

describe('workspaces', () => {
  it('remembers recent workspaces and reopens one by key, never by path', async () => {
    const other = join(dir, 'Other');
    await session.open(other);
    const info = await dispatch(handlers, 'workspace:info', {});
    const value = (info as { value: { name: string; recent: { key: string; name: string }[] } }).value;
    expect(value.name).toBe('Other');
    expect(value.recent.map((r) => r.name)).toEqual(['Other', 'Copydesk']);
    const back = await dispatch(handlers, 'workspace:openRecent', { key: value.recent[1]!.key });
    expect(back).toMatchObject({ ok: true, value: { name: 'Copydesk' } });
    expect(await dispatch(handlers, 'workspace:openRecent', { key: '/tmp' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('says plainly that choosing a folder needs the desktop app when no dialog exists', async () => {
    expect(await dispatch(handlers, 'workspace:choose', {})).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('starts in the last workspace, and survives a corrupt settings file', async () => {
    await session.open(join(dir, 'Second'));
    await session.close();
    const settingsFile = join(dir, 'settings.json');
    const next = new Session({ settings: new SettingsStore(settingsFile), defaultWorkspace: join(dir, 'Copydesk') });
    expect((await next.start()).name).toBe('Second');
    await next.close();
    await writeFile(settingsFile, '{ not json');
    const fresh = new Session({ settings: new SettingsStore(settingsFile), defaultWorkspace: join(dir, 'Copydesk') });
    expect((await fresh.start()).name).toBe('Copydesk');
    await fresh.close();
  });
});
