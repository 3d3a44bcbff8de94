import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/model/article';
import { parseArticle, serializeArticle } from '../../../shared/model/serialize';
import { runCli } from '../../helpers/cli';
import { removeDir, tempDir } from '../../helpers/temp';

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await tempDir('copydesk-cli-history-');
  const created = await cli(['new', '--workspace', 'ws', '--headline', 'Ferry Returns']);
  file = created.out.trim();
  await edit((a) => (a.body = [{ type: 'paragraph', children: [{ text: 'The ferry runs again from Monday.' }] }]));
});
afterEach(() => removeDir(dir));

const cli = (argv: string[], io: { isTTY?: boolean; env?: Record<string, string> } = {}) => runCli(argv, { cwd: dir, ...io });

async function edit(change: (article: Article) => void): Promise<void> {
  const article = parseArticle(await readFile(file, 'utf8'));
  change(article);
  await writeFile(file, serializeArticle(article));
}

describe('copydesk snapshot and history', () => {
  it('saves versions, skips unchanged ones and lists who, why and how many words', async () => {
    expect(await cli(['snapshot', file, '--author', 'Ana Diaz'])).toMatchObject({ code: 0, out: expect.stringMatching(/^Saved version 1 of .* \(6 words\)\n$/) });
    expect((await cli(['snapshot', file, '--author', 'Ana Diaz'])).out).toMatch(/^No change since version 1 of /);
    await edit((a) => (a.body = [{ type: 'paragraph', children: [{ text: 'The ferry runs again from Tuesday, twice a day.' }] }]));
    expect((await cli(['snapshot', file, '--reason', 'status'], { env: { USER: 'sam' } })).out).toMatch(/^Saved version 2 /);

    const table = await cli(['history', file]);
    expect(table.code).toBe(0);
    const lines = table.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^VERSION\s+WHEN\s+WHO\s+REASON\s+WORDS$/);
    expect(lines[1]).toMatch(/^\s*1\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+Ana Diaz\s+manual\s+6$/);
    expect(lines[2]).toMatch(/^\s*2\s+.*\s+sam\s+status\s+9$/);

    const json = JSON.parse((await cli(['history', file, '--json'])).out);
    expect(json.map((v: { seq: number; author: { initials: string } }) => [v.seq, v.author.initials])).toEqual([
      [1, 'AD'],
      [2, 'S'],
    ]);
  });

  it('keeps the history when the file is renamed', async () => {
    await cli(['snapshot', file, '--author', 'Ana Diaz']);
    const renamed = join(dir, 'ws', 'ferry-renamed.story.json');
    await rename(file, renamed);
    const listed = JSON.parse((await cli(['history', renamed, '--json'])).out);
    expect(listed).toHaveLength(1);
  });

  it('says when there is no history yet, and refuses an unknown reason', async () => {
    expect((await cli(['history', file])).out).toMatch(/^No versions of .* yet\n$/);
    const bad = await cli(['snapshot', file, '--reason', 'whim']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--reason must be one of save, status, interval, restore, manual');
  });
});

describe('copydesk diff', () => {
  beforeEach(async () => {
    await cli(['snapshot', file, '--author', 'Ana Diaz']);
    await edit((a) => {
      a.metadata.headline = 'Ferry Returns Early';
      a.body = [{ type: 'paragraph', children: [{ text: 'The ferry runs again from Tuesday.' }] }, { type: 'paragraph', children: [{ text: 'Fares stay the same.' }] }];
    });
    await cli(['snapshot', file, '--author', 'Ana Diaz']);
  });

  it('prints a word diff between two versions with markers when not on a terminal', async () => {
    const result = await cli(['diff', file, '--from', '1', '--to', '2']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('--- version 1 (');
    expect(result.out).toContain('+++ version 2 (');
    expect(result.out).toContain('Headline: Ferry Returns{+ Early+}');
    expect(result.out).toContain('Block 1 (paragraph): The ferry runs again from [-Monday-]{+Tuesday+}.');
    expect(result.out).toContain('Block 2 (paragraph, new): {+Fares stay the same.+}');
    expect(result.out).toContain('6 words added, 1 removed.');
  });

  it('compares a version with the file as it is now, either way round', async () => {
    await edit((a) => (a.body = [{ type: 'paragraph', children: [{ text: 'The ferry runs again from Tuesday.' }] }]));
    const forward = await cli(['diff', file, '--from', '2']);
    expect(forward.out).toContain('+++ current file');
    expect(forward.out).toContain('Block 2 (paragraph, removed): [-Fares stay the same.-]');
    const backward = await cli(['diff', file, '--from', 'current', '--to', '1']);
    expect(backward.out).toContain('Headline: Ferry Returns[- Early-]');
    expect((await cli(['diff', file, '--from', '2', '--to', '2'])).out).toContain('No differences.');
  });

  it('uses colour on a terminal unless NO_COLOR is set', async () => {
    const coloured = await cli(['diff', file, '--from', '1', '--to', '2'], { isTTY: true });
    expect(coloured.out).toContain('\u001b[31;9mMonday\u001b[0m');
    expect(coloured.out).not.toContain('[-');
    const plain = await cli(['diff', file, '--from', '1', '--to', '2'], { isTTY: true, env: { NO_COLOR: '1' } });
    expect(plain.out).toContain('[-Monday-]');
  });

  it('names the versions there are when asked for another, and refuses a malformed one', async () => {
    const missing = await cli(['diff', file, '--from', '7']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no version 7 \(it has 1, 2\)/);
    const malformed = await cli(['diff', file, '--from', 'yesterday']);
    expect(malformed.code).toBe(2);
    expect(malformed.err).toContain('--from must be a version number or "current"');
  });
});
