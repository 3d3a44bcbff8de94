import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import { createHandlers } from '../../../electron/api/handlers';
import { Session } from '../../../electron/api/session';
import { houseStyle, nodeSha256Base64, HOUSE_STYLESHEET_PATH } from '../../../electron/services/export/theme';
import { SettingsStore } from '../../../electron/services/settings';
import type { EventName, Handlers } from '../../../shared/ipc/contract';
import type { Article } from '../../../shared/model/article';
import { renderArticleFragment, renderHtmlPage } from '../../../shared/render/html';
import { sha256Base64 } from '../../../shared/render/sha256';
import { pageStyle } from '../../../shared/render/style';
import { removeDir, tempDir } from '../../helpers/temp';
import { PNG, story } from './helpers';

let dir: string;
let root: string;
let session: Session;
let handlers: Handlers;
let events: { event: EventName; payload: unknown }[];

async function addStory(article: Article): Promise<string> {
  return (await session.store.create(article)).id;
}

async function call<T>(channel: string, args: unknown): Promise<T> {
  const result = await dispatch(handlers, channel, args, () => undefined);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

type Finished = { jobId: string; written: string[]; errors: unknown[]; cancelled: boolean; published: string[]; skipped: number; folder: string };
type Start = { kind: 'started'; jobId: string; folder: string; destination: string } | { kind: 'exists'; files: string[]; destination: string } | { kind: 'cancelled' };

async function finished(jobId: string): Promise<Finished> {
  for (let i = 0; i < 500; i++) {
    const hit = events.find((e) => e.event === 'export:finished' && (e.payload as Finished).jobId === jobId);
    if (hit) return hit.payload as Finished;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('the export did not finish');
}

beforeEach(async () => {
  dir = await tempDir('copydesk-export-ch-');
  root = join(dir, 'ws');
  session = new Session({ settings: new SettingsStore(join(dir, 'settings.json')), defaultWorkspace: root });
  await session.start(root);
  handlers = createHandlers(session);
  events = [];
  session.subscribe((event, payload) => events.push({ event, payload }));
});
afterEach(async () => {
  await session.close();
  await removeDir(dir);
});

describe('export channels', () => {
  it('renders the story on disk, not anything sent by the window, with inlined images on request', async () => {
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'assets', 'dawn.png'), PNG);
    const id = await addStory(story('Ferry returns', { image: 'dawn.png' }));
    const { article } = await session.store.read(id);

    const page = await call<{ text: string; fileName: string }>('export:story', { id, format: 'html', inlineImages: true });
    const dataUrl = `data:image/png;base64,${PNG.toString('base64')}`;
    expect(page.text).toBe(renderHtmlPage(article, { style: await houseStyle(), imageSrc: () => dataUrl }));
    expect(page.fileName).toBe('ferry-returns.html');

    const fragment = await call<{ text: string; fileName: string }>('export:story', { id, format: 'fragment' });
    expect(fragment.text).toBe(renderArticleFragment(article));
    expect(fragment.fileName).toBe('ferry-returns.fragment.html');

    const refused = await dispatch(handlers, 'export:story', { id, format: 'html', html: '<script>' }, () => undefined);
    expect(refused.ok).toBe(false);
  });

  it('gives the preview the stylesheet whose browser-side hash equals the one Node puts in the page', async () => {
    const { css } = await call<{ css: string }>('export:style', {});
    expect(css).toBe((await houseStyle()).css);
    expect(pageStyle(css).hash).toBe(nodeSha256Base64(css));
    expect(sha256Base64(await readFile(HOUSE_STYLESHEET_PATH, 'utf8'))).toBe(nodeSha256Base64(await readFile(HOUSE_STYLESHEET_PATH, 'utf8')));
  });

  it('exports selected stories into exports/<date-time>/, reports progress, and marks pages published', async () => {
    const a = await addStory(story('Alpha story'));
    const b = await addStory(story('Beta story'));
    await addStory(story('Gamma story'));
    const start = await call<Start>('export:toFolder', { ids: [a, b], format: 'html' });
    expect(start.kind).toBe('started');
    if (start.kind !== 'started') return;
    expect(start.folder).toMatch(/^exports\/\d{4}-\d{2}-\d{2}-\d{6}$/);
    const done = await finished(start.jobId);
    expect(done).toMatchObject({ cancelled: false, errors: [], skipped: 0 });
    expect(done.written.sort()).toEqual(['alpha-story.html', 'beta-story.html']);
    expect(await readdir(join(root, start.folder))).toEqual(['alpha-story.html', 'beta-story.html']);
    const progress = events.filter((e) => e.event === 'export:progress').map((e) => e.payload as { done: number; total: number; current: string });
    expect(progress.map((p) => `${p.done}/${p.total} ${p.current}`)).toEqual([
      expect.stringMatching(/^1\/2 (alpha|beta)-story\.html$/),
      expect.stringMatching(/^2\/2 (alpha|beta)-story\.html$/),
      '2/2 Marking stories published…',
    ]);
    expect(done.published.sort()).toEqual([a, b].sort());
    expect((await session.store.read(a)).article.metadata.status).toBe('published');
  });

  it('leaves the status alone for Markdown, and exports only a status when asked', async () => {
    const a = await addStory(story('Ready one', { status: 'approved' }));
    await addStory(story('Draft one'));
    const start = await call<Start>('export:toFolder', { status: 'approved', format: 'md' });
    if (start.kind !== 'started') throw new Error(start.kind);
    const done = await finished(start.jobId);
    expect(done.written).toEqual(['ready-one.md']);
    expect(done.published).toEqual([]);
    expect((await session.store.read(a)).article.metadata.status).toBe('approved');
  });

  it('never replaces without asking: a clash lists the files, and a retry with overwrite writes to the same folder', async () => {
    const ids = [await addStory(story('One')), await addStory(story('Two'))];
    const first = await call<Start>('export:toFolder', { ids, format: 'nitf' });
    if (first.kind !== 'started') throw new Error(first.kind);
    await finished(first.jobId);
    const path = join(root, first.folder, 'one.nitf.xml');
    await writeFile(path, 'edited by hand');

    const second = await call<Start>('export:toFolder', { ids, format: 'nitf', destination: first.destination });
    expect(second).toMatchObject({ kind: 'exists', files: ['one.nitf.xml', 'two.nitf.xml'] });
    expect(await readFile(path, 'utf8')).toBe('edited by hand');

    const third = await call<Start>('export:toFolder', { ids, format: 'nitf', destination: first.destination, overwrite: true });
    if (third.kind !== 'started') throw new Error(third.kind);
    expect((await finished(third.jobId)).written).toHaveLength(2);
    expect(await readFile(path, 'utf8')).toContain('<nitf');

    const unknown = await dispatch(handlers, 'export:toFolder', { format: 'md', destination: 'not-a-known-key' }, () => undefined);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('stops a running job when cancelled, keeping what was written', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) ids.push(await addStory(story(`Story number ${i}`)));
    const start = await call<Start>('export:toFolder', { ids, format: 'html' });
    if (start.kind !== 'started') throw new Error(start.kind);
    expect(await call('export:cancel', { jobId: start.jobId })).toEqual({ cancelled: true });
    const done = await finished(start.jobId);
    expect(done.cancelled).toBe(true);
    expect(done.written.length).toBeLessThan(60);
    expect(done.skipped).toBe(60 - done.written.length);
    expect((await readdir(join(root, start.folder))).length).toBe(done.written.length);
    expect(await call('export:cancel', { jobId: start.jobId })).toEqual({ cancelled: false });
  });

  it('asks main for the folder through its dialog, and does nothing when the dialog is cancelled', async () => {
    const chosen = join(dir, 'picked');
    let answer: string | null = null;
    const desktop = new Session({
      settings: new SettingsStore(join(dir, 'settings2.json')),
      defaultWorkspace: root,
      chooseExportFolder: () => Promise.resolve(answer),
    });
    await desktop.start(root);
    try {
      const h = createHandlers(desktop);
      const id = (await desktop.store.list()).find((r) => 'headline' in r)?.id ?? (await desktop.store.create(story('Picked'))).id;
      const none = await dispatch(h, 'export:toFolder', { ids: [id], format: 'md' }, () => undefined);
      expect(none).toEqual({ ok: true, value: { kind: 'cancelled' } });
      answer = chosen;
      const started = await dispatch(h, 'export:toFolder', { ids: [id], format: 'md' }, () => undefined);
      expect(started).toMatchObject({ ok: true, value: { kind: 'started', folder: chosen } });
      await new Promise((r) => setTimeout(r, 200));
      expect((await readdir(chosen)).length).toBe(1);
    } finally {
      await desktop.close();
    }
  });
});
