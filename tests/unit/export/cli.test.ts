import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { removeDir, tempDir } from '../../helpers/temp';
import { parseHtml } from '../render/helpers';
import { PNG, story, workspaceWith } from './helpers';

let dir: string;

beforeEach(async () => {
  dir = await tempDir('copydesk-export-cli-');
});
afterEach(async () => {
  await removeDir(dir);
});

const cli = (argv: string[]) => runCli(argv, { cwd: dir });

describe('copydesk export', () => {
  it('prints a story in each format on standard output', async () => {
    const { ids } = await workspaceWith(join(dir, 'ws'), [story('Harbour news')]);
    const file = join('ws', `${ids[0]}.story.json`);
    const fragment = await cli(['export', file, '--format', 'fragment']);
    expect(fragment).toMatchObject({ code: 0, err: '' });
    expect(fragment.out.startsWith('<article class="story" lang="en" dir="ltr">')).toBe(true);
    expect((await cli(['export', file, '--format', 'html'])).out).toMatch(/^<!DOCTYPE html>/);
    expect(JSON.parse((await cli(['export', file, '--format', 'ninjs'])).out).headlines[0].value).toBe('Harbour news');
    expect((await cli(['export', file, '--format', 'nitf'])).out).toMatch(/^<\?xml/);
    expect((await cli(['export', file, '--format', 'md'])).out).toContain('# Harbour news');
  });

  it('writes --out with its images, and never replaces an existing file without --force', async () => {
    const { ids } = await workspaceWith(join(dir, 'ws'), [story('Pictured', { image: 'pic.png' })], { 'pic.png': PNG });
    const file = join('ws', `${ids[0]}.story.json`);
    await mkdir(join(dir, 'site'));
    expect(await cli(['export', file, '--format', 'html', '--out', 'site/page.html'])).toMatchObject({ code: 0, out: '' });
    expect(await readFile(join(dir, 'site', 'assets', 'pic.png'))).toEqual(PNG);
    expect(await readFile(join(dir, 'site', 'page.html'), 'utf8')).toContain('<h1>Pictured</h1>');

    await writeFile(join(dir, 'site', 'page.html'), 'keep me');
    const refused = await cli(['export', file, '--format', 'html', '--out', 'site/page.html']);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^copydesk: page\.html already exists; use --force/);
    expect(await readFile(join(dir, 'site', 'page.html'), 'utf8')).toBe('keep me');

    expect((await cli(['export', file, '--format', 'html', '--out', 'site/page.html', '--force'])).code).toBe(0);
    expect(await readFile(join(dir, 'site', 'page.html'), 'utf8')).toContain('<h1>Pictured</h1>');
  });

  it('inlines images with --inline-images', async () => {
    const { ids } = await workspaceWith(join(dir, 'ws'), [story('Pictured', { image: 'pic.png' })], { 'pic.png': PNG });
    const result = await cli(['export', join('ws', `${ids[0]}.story.json`), '--format', 'fragment', '--inline-images']);
    expect(parseHtml(result.out).querySelector('img')?.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
  });

  it('rejects a wrong format with exit 2 and a missing file with exit 1', async () => {
    const wrong = await cli(['export', 'x.story.json', '--format', 'pdf']);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('--format must be one of html, fragment, ninjs, nitf, md');
    const missing = await cli(['export', 'missing.story.json', '--format', 'html']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('missing.story.json');
  });
});

describe('copydesk export-all', () => {
  it('exports the stories with a status, progress on stderr and a summary on stdout', async () => {
    await workspaceWith(join(dir, 'ws'), [story('Ready', { status: 'approved' }), story('Not yet'), story('Also ready', { status: 'approved' })]);
    const result = await cli(['export-all', '--workspace', 'ws', '--status', 'approved', '--out', 'site']);
    expect(result.code).toBe(0);
    expect((await readdir(join(dir, 'site'))).sort()).toEqual(['also-ready.html', 'ready.html']);
    expect(result.err.trim().split('\n')).toEqual([expect.stringMatching(/^\[1\/2\] /), expect.stringMatching(/^\[2\/2\] /)]);
    expect(result.out).toBe(`Exported 2 of 2 stories to ${join(dir, 'site')}\n`);
  });

  it('refuses to write over a taken name, exit 1, and writes nothing', async () => {
    await workspaceWith(join(dir, 'ws'), [story('First'), story('Second')]);
    await mkdir(join(dir, 'site'));
    await writeFile(join(dir, 'site', 'second.html'), 'keep');
    const result = await cli(['export-all', '--workspace', 'ws', '--out', 'site']);
    expect(result.code).toBe(1);
    expect(result.err).toContain('second.html already exists');
    expect(await readdir(join(dir, 'site'))).toEqual(['second.html']);
    expect((await cli(['export-all', '--workspace', 'ws', '--out', 'site', '--force'])).code).toBe(0);
  });

  it('says so when no story has the status, and rejects an unknown status', async () => {
    await workspaceWith(join(dir, 'ws'), [story('Draft')]);
    expect(await cli(['export-all', '--workspace', 'ws', '--status', 'published', '--out', 'site'])).toMatchObject({
      code: 0,
      out: 'No stories with status published.\n',
    });
    await expect(readdir(join(dir, 'site'))).rejects.toThrow();
    expect((await cli(['export-all', '--workspace', 'ws', '--status', 'done', '--out', 'site'])).code).toBe(2);
  });
});
