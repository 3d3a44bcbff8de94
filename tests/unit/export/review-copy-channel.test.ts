import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import { createHandlers } from '../../../electron/api/handlers';
import { Session } from '../../../electron/api/session';
import { SettingsStore } from '../../../electron/services/settings';
import { removeDir, tempDir } from '../../helpers/temp';
import { story } from './helpers';

let dir: string;
let session: Session;
beforeEach(async () => {
  dir = await tempDir('copydesk-review-copy-');
  session = new Session({ settings: new SettingsStore(join(dir, 'settings.json')), defaultWorkspace: join(dir, 'ws') });
  await session.start(join(dir, 'ws'));
});
afterEach(async () => {
  await session.close();
  await removeDir(dir);
});

it('export:reviewCopy renders the story on disk with its comments, named after its slug', async () => {
  const article = story('Harbour reopens');
  article.comments = [
    { id: 'c1', author: { name: 'Ed Itor', initials: 'EI' }, createdAt: article.metadata.createdAt, text: 'Source for this?', resolved: false, anchorText: 'body text', replies: [] },
  ];
  const id = (await session.store.create(article)).id;
  const result = await dispatch(createHandlers(session), 'export:reviewCopy', { id }, () => undefined);
  if (!result.ok) throw new Error(result.error.message);
  const value = result.value as { text: string; fileName: string };
  expect(value.fileName).toBe('harbour-reopens-review.html');
  expect(value.text).toContain('Source for this?');
  expect(value.text).toContain('Harbour reopens: the body text.');
  const refused = await dispatch(createHandlers(session), 'export:reviewCopy', { id, text: '<script>' }, () => undefined);
  expect(refused.ok).toBe(false);
});

it('export:saveReviewCopy writes the copy where the save dialog says, and nothing when it is cancelled', async () => {
  const id = (await session.store.create(story('Harbour reopens'))).id;
  const asked: string[] = [];
  let answer: string | null = join(dir, 'out', 'for-the-desk.html');
  const desktop = new Session({
    settings: new SettingsStore(join(dir, 'settings.json')),
    defaultWorkspace: join(dir, 'ws'),
    chooseSaveFile: (name) => {
      asked.push(name);
      return Promise.resolve(answer);
    },
  });
  await desktop.start(join(dir, 'ws'));
  await mkdir(join(dir, 'out'));
  try {
    const saved = await dispatch(createHandlers(desktop), 'export:saveReviewCopy', { id }, () => undefined);
    expect(saved).toEqual({ ok: true, value: { saved: true, fileName: 'for-the-desk.html' } });
    expect(asked).toEqual(['harbour-reopens-review.html']);
    expect(await readFile(join(dir, 'out', 'for-the-desk.html'), 'utf8')).toContain('Harbour reopens: the body text.');

    answer = join(dir, 'out', 'typed-without-extension');
    const bare = await dispatch(createHandlers(desktop), 'export:saveReviewCopy', { id }, () => undefined);
    expect(bare).toEqual({ ok: true, value: { saved: true, fileName: 'typed-without-extension.html' } });

    answer = join(dir, 'no-such-folder', 'copy.html');
    const failed = await dispatch(createHandlers(desktop), 'export:saveReviewCopy', { id }, () => undefined);
    expect(failed).toMatchObject({ ok: false, error: { message: expect.stringContaining('copy.html') } });

    answer = null;
    const cancelled = await dispatch(createHandlers(desktop), 'export:saveReviewCopy', { id }, () => undefined);
    expect(cancelled).toEqual({ ok: true, value: { saved: false, fileName: 'harbour-reopens-review.html' } });
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['for-the-desk.html', 'typed-without-extension.html']);
  } finally {
    await desktop.close();
  }

  const web = await dispatch(createHandlers(session), 'export:saveReviewCopy', { id }, () => undefined);
  expect(web).toMatchObject({ ok: false, error: { code: 'unsupported' } });
});
