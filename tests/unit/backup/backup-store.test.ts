import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Handlers } from '../../../shared/ipc/contract';
import { createArticle } from '../../../shared/model/factory';
import { dispatch } from '../../../electron/api/dispatch';
import { createHandlers } from '../../../electron/api/handlers';
import { Session } from '../../../electron/api/session';
import { BACKUP_DIR, BackupStore } from '../../../electron/services/backup';
import { SettingsStore } from '../../../electron/services/settings';
import { TEMP_PREFIX } from '../../../electron/services/workspace/atomic-write';
import { removeDir, tempDir } from '../../helpers/temp';

const HASH = 'a'.repeat(64);
const p = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });
const story = (text: string) => createArticle({ headline: 'Ferry returns', body: [p(text)] });

let root: string;
beforeEach(async () => {
  root = await tempDir();
});
afterEach(async () => {
  await removeDir(root);
});

describe('BackupStore', () => {
  it('keeps a story’s unsaved edits in .copydesk/backups/<id>.json with its base hash and time', async () => {
    let clock = Date.parse('2026-03-03T12:03:00Z');
    const store = new BackupStore(root, () => new Date(clock));
    const { savedAt } = await store.write({ id: 'ferry', baseHash: HASH, article: story('Unsaved line.') });
    expect(savedAt).toBe('2026-03-03T12:03:00.000Z');

    const onDisk = JSON.parse(await readFile(join(root, BACKUP_DIR, 'ferry.json'), 'utf8'));
    expect(Object.keys(onDisk).sort()).toEqual(['article', 'baseHash', 'id', 'savedAt']);
    expect(onDisk.baseHash).toBe(HASH);

    clock += 60_000;
    await store.write({ id: 'ferry', baseHash: HASH, article: story('Later line.') });
    const backup = await store.read('ferry');
    expect(backup?.article.body).toEqual([p('Later line.')]);
    expect(backup?.savedAt).toBe('2026-03-03T12:04:00.000Z');
    expect(await readdir(join(root, BACKUP_DIR))).toEqual(['ferry.json']);
  });

  it('lists backups newest first and forgets one when it is discarded', async () => {
    let clock = Date.parse('2026-03-03T09:00:00Z');
    const store = new BackupStore(root, () => new Date((clock += 1000)));
    await store.write({ id: 'older', baseHash: null, article: story('a') });
    await store.write({ id: 'newer', baseHash: HASH, article: story('b') });
    expect((await store.list()).map((b) => b.id)).toEqual(['newer', 'older']);

    expect(await store.discard('newer')).toEqual({ discarded: true });
    expect(await store.discard('newer')).toEqual({ discarded: false });
    expect(await store.read('newer')).toBeNull();
    expect((await store.list()).map((b) => b.id)).toEqual(['older']);
  });

  it('runs writes and a discard of the same story in the order they were asked for', async () => {
    const store = new BackupStore(root);
    const writes = Array.from({ length: 10 }, (_, i) => store.write({ id: 'ferry', baseHash: HASH, article: story(`v${i}`) }));
    const discard = store.discard('ferry');
    await Promise.all([...writes, discard]);
    expect(await discard).toEqual({ discarded: true });
    expect(await store.read('ferry')).toBeNull();
    expect(await readdir(join(root, BACKUP_DIR))).toEqual([]);
  });

  it('skips files it cannot read, leaves them alone, and never restores one into another story', async () => {
    const store = new BackupStore(root);
    await store.write({ id: 'ferry', baseHash: HASH, article: story('mine') });
    const dir = join(root, BACKUP_DIR);
    await writeFile(join(dir, 'broken.json'), '{"id": "broken", "baseHash"');
    await writeFile(join(dir, 'renamed.json'), await readFile(join(dir, 'ferry.json')));
    expect((await store.list()).map((b) => b.id)).toEqual(['ferry']);
    expect(await store.read('renamed')).toBeNull();
    expect(await readFile(join(dir, 'broken.json'), 'utf8')).toContain('broken');
  });

  it('sweeps temp files of an interrupted write before its first write', async () => {
    const dir = join(root, BACKUP_DIR);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `${TEMP_PREFIX}ferry.json.1234`), '{"half');
    await new BackupStore(root).write({ id: 'ferry', baseHash: null, article: story('x') });
    expect(await readdir(dir)).toEqual(['ferry.json']);
  });

  it('refuses ids that are paths, and a backups folder that is a link', async () => {
    const store = new BackupStore(root);
    await expect(store.write({ id: '../escape', baseHash: null, article: story('x') })).rejects.toThrow(/not a story id/);
    await expect(store.read('.hidden')).rejects.toThrow(/not a story id/);

    const elsewhere = await tempDir();
    try {
      await mkdir(join(root, '.copydesk'), { recursive: true });
      await symlink(elsewhere, join(root, BACKUP_DIR));
      await expect(new BackupStore(root).write({ id: 'ferry', baseHash: null, article: story('x') })).rejects.toThrow(/link/);
      expect(await readdir(elsewhere)).toEqual([]);
    } finally {
      await removeDir(elsewhere);
    }
  });
});

describe('backup channels', () => {
  let dir: string;
  let session: Session;
  let handlers: Handlers;
  beforeEach(async () => {
    dir = await tempDir();
    session = new Session({ settings: new SettingsStore(join(dir, 'settings.json')), defaultWorkspace: join(dir, 'ws') });
    await session.start();
    handlers = createHandlers(session);
  });
  afterEach(async () => {
    await session.close();
    await removeDir(dir);
  });

  it('write, list, read and discard a backup through the contract', async () => {
    const article = story('Typed before the crash.');
    const written = await dispatch(handlers, 'backup:write', { id: 'ferry', baseHash: HASH, article });
    expect(written.ok).toBe(true);
    const listed = await dispatch(handlers, 'backup:list', {});
    expect(listed).toMatchObject({ ok: true, value: [{ id: 'ferry', baseHash: HASH, headline: 'Ferry returns' }] });
    const read = await dispatch(handlers, 'backup:read', { id: 'ferry' });
    expect(read).toMatchObject({ ok: true, value: { article: { body: [p('Typed before the crash.')] } } });
    expect(await dispatch(handlers, 'backup:discard', { id: 'ferry' })).toEqual({ ok: true, value: { discarded: true } });
    expect(await dispatch(handlers, 'backup:read', { id: 'ferry' })).toEqual({ ok: true, value: null });
  });

  it('refuses a path for an id and an article that is not a story', async () => {
    const bad = await dispatch(handlers, 'backup:write', { id: '../../etc/passwd', baseHash: null, article: story('x') });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const junk = await dispatch(handlers, 'backup:write', { id: 'ferry', baseHash: null, article: { body: '<script>' } });
    expect(junk).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('settings: the headline limit defaults to 70 and changes are kept', async () => {
    expect(await dispatch(handlers, 'settings:get', {})).toEqual({ ok: true, value: { headlineLimit: 70, wordsPerMinute: 230 } });
    expect(await dispatch(handlers, 'settings:update', { headlineLimit: 60 })).toEqual({
      ok: true,
      value: { headlineLimit: 60, wordsPerMinute: 230 },
    });
    const again = new SettingsStore(join(dir, 'settings.json'));
    expect(await again.editorSettings()).toEqual({ headlineLimit: 60, wordsPerMinute: 230 });
    const refused = await dispatch(handlers, 'settings:update', { headlineLimit: 0, recentWorkspaces: ['/etc'] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('a bad stored value falls back to its default without losing the recent workspaces', async () => {
    const file = join(dir, 'settings.json');
    const stored = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...stored, headlineLimit: 'long', wordsPerMinute: 180 }));
    const reread = new SettingsStore(file);
    expect(await reread.editorSettings()).toEqual({ headlineLimit: 70, wordsPerMinute: 180 });
    expect((await reread.get()).recentWorkspaces).toEqual(stored.recentWorkspaces);
  });

  it('spellcheck and quit answer harmlessly where there is no desktop app', async () => {
    expect(await dispatch(handlers, 'spellcheck:setLanguage', { language: 'ar' })).toEqual({ ok: true, value: { languages: [] } });
    expect(await dispatch(handlers, 'app:readyToQuit', {})).toEqual({ ok: true, value: {} });
    const calls: string[] = [];
    const desktop = createHandlers(session, { setSpellcheckLanguage: (l) => (calls.push(l), ['fr']), readyToQuit: () => calls.push('quit') });
    expect(await dispatch(desktop, 'spellcheck:setLanguage', { language: 'fr' })).toEqual({ ok: true, value: { languages: ['fr'] } });
    await dispatch(desktop, 'app:readyToQuit', {});
    expect(calls).toEqual(['fr', 'quit']);
    expect(await dispatch(handlers, 'spellcheck:setLanguage', { language: 'x;rm' })).toMatchObject({ ok: false });
  });
});
