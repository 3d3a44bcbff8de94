import { lstat, mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../electron/services/errors';
import { exportStories, workspaceStoryIds, type ExportProgress } from '../../../electron/services/export/export';
import { houseStyle, nodeSha256Base64, THEME_STYLESHEET } from '../../../electron/services/export/theme';
import { renderHtmlPage } from '../../../shared/render/html';
import { removeDir, tempDir } from '../../helpers/temp';
import { parseHtml } from '../render/helpers';
import { PNG, story, workspaceWith } from './helpers';

let root: string;
let out: string;

beforeEach(async () => {
  root = await tempDir('copydesk-export-ws-');
  out = await tempDir('copydesk-export-out-');
});
afterEach(async () => {
  await removeDir(root);
  await removeDir(out);
});

async function files(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}

describe('exportStories', () => {
  it('writes one HTML page per story, named from its slug, with exactly the renderer’s bytes', async () => {
    const { store, ids } = await workspaceWith(root, [story('Ferry returns'), story('Bridge closes')]);
    const report = await exportStories(store, ids, out);
    expect(report).toMatchObject({ total: 2, failed: [], cancelled: false });
    expect(await files(out)).toEqual(['bridge-closes.html', 'ferry-returns.html']);
    const article = (await store.read(ids[0]!)).article;
    const expected = renderHtmlPage(article, { style: await houseStyle() });
    expect(await readFile(join(out, 'ferry-returns.html'), 'utf8')).toBe(expected);
  });

  it('copies images into assets/ beside the pages, or inlines them as data: URLs on request', async () => {
    const { store, ids } = await workspaceWith(root, [story('With picture', { image: 'dawn.png' })], { 'dawn.png': PNG });
    await exportStories(store, ids, join(out, 'copied'));
    expect(await readFile(join(out, 'copied', 'assets', 'dawn.png'))).toEqual(PNG);
    const copied = parseHtml(await readFile(join(out, 'copied', 'with-picture.html'), 'utf8'));
    expect(copied.querySelector('img')?.getAttribute('src')).toBe('assets/dawn.png');

    await exportStories(store, ids, join(out, 'inline'), { images: 'inline' });
    expect(await files(join(out, 'inline'))).toEqual(['with-picture.html']);
    const inline = parseHtml(await readFile(join(out, 'inline', 'with-picture.html'), 'utf8'));
    expect(inline.querySelector('img')?.getAttribute('src')).toBe(`data:image/png;base64,${PNG.toString('base64')}`);
  });

  it('never overwrites: a taken name fails the export before anything is written, naming the file', async () => {
    const { store, ids } = await workspaceWith(root, [story('Alpha'), story('Beta')]);
    await writeFile(join(out, 'beta.html'), 'mine');
    const error = await exportStories(store, ids, out).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code).toBe('exists');
    expect((error as ServiceError).message).toContain('beta.html');
    expect(await files(out)).toEqual(['beta.html']);
    expect(await readFile(join(out, 'beta.html'), 'utf8')).toBe('mine');

    const report = await exportStories(store, ids, out, { overwrite: true });
    expect(report.written).toHaveLength(2);
    expect(await readFile(join(out, 'beta.html'), 'utf8')).toContain('<h1>Beta</h1>');
  });

  it('refuses to replace a different image of the same name, but reuses an identical one', async () => {
    const { store, ids } = await workspaceWith(root, [story('Pic', { image: 'p.png' })], { 'p.png': PNG });
    await mkdir(join(out, 'assets'));
    await writeFile(join(out, 'assets', 'p.png'), PNG);
    expect((await exportStories(store, ids, out)).written).toHaveLength(1);

    const other = await tempDir('copydesk-export-out2-');
    try {
      await mkdir(join(other, 'assets'));
      await writeFile(join(other, 'assets', 'p.png'), 'different');
      await expect(exportStories(store, ids, other)).rejects.toThrow(/assets\/p\.png already exists/);
      expect(await files(other)).toEqual(['assets']);
    } finally {
      await removeDir(other);
    }
  });

  it('gives stories with the same slug distinct names', async () => {
    const { store, ids } = await workspaceWith(root, [story('Same'), story('Same'), story('SAME')]);
    await exportStories(store, ids, out);
    expect(await files(out)).toEqual(['same-2.html', 'same-3.html', 'same.html']);
  });

  it('reports progress after each story and stops cleanly when cancelled', async () => {
    const { store, ids } = await workspaceWith(root, ['One', 'Two', 'Three', 'Four', 'Five'].map((h) => story(h)));
    const controller = new AbortController();
    const seen: ExportProgress[] = [];
    const report = await exportStories(store, ids, out, {
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p);
        if (p.done === 2) controller.abort();
      },
    });
    expect(seen.map((p) => [p.done, p.total])).toEqual([
      [1, 5],
      [2, 5],
    ]);
    expect(report.cancelled).toBe(true);
    expect(report.written).toHaveLength(2);
    expect(await files(out)).toHaveLength(2);
    expect(await files(out)).toEqual(report.written.map((w) => w.file.slice(out.length + 1)).sort());
  });

  it('skips a story whose image is missing, says why, and exports the rest', async () => {
    const { store, ids } = await workspaceWith(root, [story('Broken', { image: 'gone.png' }), story('Fine')]);
    const progress: ExportProgress[] = [];
    const report = await exportStories(store, ids, out, { onProgress: (p) => progress.push(p) });
    expect(report.failed).toEqual([{ id: ids[0], message: 'The image assets/gone.png is missing.' }]);
    expect(await files(out)).toEqual(['fine.html']);
    expect(progress.map((p) => p.done)).toEqual([1, 2]);
  });

  it('writes each format with its own file ending', async () => {
    const { store, ids } = await workspaceWith(root, [story('Formats')]);
    for (const format of ['fragment', 'ninjs', 'nitf', 'md'] as const) await exportStories(store, ids, out, { format });
    expect(await files(out)).toEqual(['formats.fragment.html', 'formats.md', 'formats.ninjs.json', 'formats.nitf.xml']);
    expect(JSON.parse(await readFile(join(out, 'formats.ninjs.json'), 'utf8')).headlines[0].value).toBe('Formats');
  });

  it('uses the workspace stylesheet from .copydesk/theme/article.css, with its hash in the CSP', async () => {
    const { store, ids } = await workspaceWith(root, [story('Themed')]);
    await mkdir(join(root, '.copydesk', 'theme'), { recursive: true });
    const css = 'body { color: rebeccapurple }\r\n';
    await writeFile(join(root, THEME_STYLESHEET), css);
    await exportStories(store, ids, out);
    const doc = parseHtml(await readFile(join(out, 'themed.html'), 'utf8'));
    expect(doc.querySelector('style')?.textContent).toBe('body { color: rebeccapurple }\n');
    expect(doc.querySelector('meta[http-equiv]')?.getAttribute('content')).toContain(`'sha256-${nodeSha256Base64('body { color: rebeccapurple }\n')}'`);
  });

  it('refuses a workspace stylesheet that could break out of <style> or that links outside', async () => {
    const { store, ids } = await workspaceWith(root, [story('Themed')]);
    await mkdir(join(root, '.copydesk', 'theme'), { recursive: true });
    await writeFile(join(root, THEME_STYLESHEET), 'a{}</style><script>alert(1)</script>');
    await expect(exportStories(store, ids, out)).rejects.toMatchObject({ code: 'invalid-file' });

    const outside = join(out, 'outside.css');
    await writeFile(outside, 'a{}');
    await removeDir(join(root, THEME_STYLESHEET));
    await symlink(outside, join(root, THEME_STYLESHEET));
    expect((await lstat(join(root, THEME_STYLESHEET))).isSymbolicLink()).toBe(true);
    await expect(exportStories(store, ids, out)).rejects.toMatchObject({ code: 'invalid-file' });
    await expect(stat(join(out, 'themed.html'))).rejects.toThrow();
  });

  it('exports only the stories with a given status when asked', async () => {
    const { store } = await workspaceWith(root, [story('Ready one', { status: 'approved' }), story('Draft one'), story('Ready two', { status: 'approved' })]);
    const ids = await workspaceStoryIds(store);
    expect(ids).toHaveLength(3);
    const report = await exportStories(store, ids, out, { status: 'approved' });
    expect(report.total).toBe(2);
    expect(await files(out)).toEqual(['ready-one.html', 'ready-two.html']);
  });

  it('reports a story file that cannot be read and exports the others', async () => {
    const { store } = await workspaceWith(root, [story('Good')]);
    await writeFile(join(root, 'broken.story.json'), '{ not json');
    const report = await exportStories(store, await workspaceStoryIds(store), out);
    expect(report.total).toBe(2);
    expect(report.failed.map((f) => f.id)).toEqual(['broken']);
    expect(await files(out)).toEqual(['good.html']);
  });
});
