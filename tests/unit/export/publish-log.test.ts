import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import { createHandlers } from '../../../electron/api/handlers';
import { Session } from '../../../electron/api/session';
import { markPublished } from '../../../electron/services/export/publish';
import { SettingsStore } from '../../../electron/services/settings';
import type { StatusLogEntry } from '../../../shared/model/article';
import { removeDir, tempDir } from '../../helpers/temp';
import { story, workspaceWith } from './helpers';

let dir: string;
beforeEach(async () => {
  dir = await tempDir('copydesk-publish-log-');
});
afterEach(async () => {
  await removeDir(dir);
});

describe('exporting for publishing records the move in the status log', () => {
  it('appends one published entry with who and when, and none for a story already published', async () => {
    const { store, ids } = await workspaceWith(join(dir, 'ws'), [story('Fresh one', { status: 'approved' }), story('Old one', { status: 'published' })]);
    const at = new Date('2026-03-04T05:06:07.000Z');
    const changed = await markPublished(store, ids, { name: ' Dana Reyes ', initials: 'DR' }, at);
    expect(changed).toEqual([ids[0]]);
    const fresh = (await store.read(ids[0]!)).article;
    expect(fresh.metadata.status).toBe('published');
    expect(fresh.statusLog).toEqual([{ status: 'published', at: at.toISOString(), by: { name: 'Dana Reyes', initials: 'DR' } }]);
    expect((await store.read(ids[1]!)).article.statusLog).toEqual([]);
  });

  it('names Copydesk when no author name is set', async () => {
    const { store, ids } = await workspaceWith(join(dir, 'ws'), [story('Nameless')]);
    await markPublished(store, ids, { name: '  ', initials: 'X' });
    expect((await store.read(ids[0]!)).article.statusLog.map((e) => e.by)).toEqual([{ name: 'Copydesk', initials: '' }]);
  });

  it('a folder export in HTML logs the author from the settings', async () => {
    const settings = new SettingsStore(join(dir, 'settings.json'));
    await settings.update((s) => ({ ...s, author: { name: 'Sam Ode', initials: 'SO' } }));
    const session = new Session({ settings, defaultWorkspace: join(dir, 'ws') });
    await session.start(join(dir, 'ws'));
    const finished: unknown[] = [];
    session.subscribe((event, payload) => {
      if (event === 'export:finished') finished.push(payload);
    });
    try {
      const id = (await session.store.create(story('Logged'))).id;
      const result = await dispatch(createHandlers(session), 'export:toFolder', { ids: [id], format: 'html' }, () => undefined);
      expect(result.ok).toBe(true);
      for (let i = 0; i < 500 && finished.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      const log: StatusLogEntry[] = (await session.store.read(id)).article.statusLog;
      expect(log.map((e) => [e.status, e.by.name, e.by.initials])).toEqual([['published', 'Sam Ode', 'SO']]);
    } finally {
      await session.close();
    }
  });
});
