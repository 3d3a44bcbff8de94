import { readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openHistory } from '../../../electron/services/history/store';
import { DEFAULT_RETENTION, type HistoryAuthor } from '../../../electron/services/history/types';
import type { Article } from '../../../shared/model/article';
import { createArticle } from '../../../shared/model/factory';
import { bodyText } from '../../../shared/model/text';
import { removeDir, tempDir } from '../../helpers/temp';
import { bundleScript, runScript, sourcePath } from './child';

const ana: HistoryAuthor = { name: 'Ana Diaz', initials: 'AD' };
const sam: HistoryAuthor = { name: 'Sam Reyes', initials: 'SR' };

let root: string;
beforeEach(async () => {
  root = await tempDir('copydesk-history-');
});
afterEach(() => removeDir(root));

function story(text: string, uid = 'story0uid0one'): Article {
  const article = createArticle({ headline: 'Ferry Returns', body: [{ type: 'paragraph', children: [{ text }] }], now: new Date('2025-03-01T10:00:00Z') });
  return { ...article, uid };
}

function historyDir(uid: string): string {
  return join(root, '.copydesk', 'history', uid);
}

describe('history store', () => {
  it('reads back every version as it was, with who, when, why and the word count', async () => {
    const history = openHistory(root, { now: () => new Date('2025-03-02T00:00:00Z') });
    const first = story('The ferry runs again.');
    const second = { ...story('The ferry runs again from Monday, twice a day.'), metadata: { ...first.metadata, status: 'edited' as const } };
    const a = await history.snapshot(first, { reason: 'save', author: ana, at: new Date('2025-03-01T10:00:00Z') });
    const b = await history.snapshot(second, { reason: 'status', author: sam, at: new Date('2025-03-01T11:00:00Z') });
    expect(a.created && b.created).toBe(true);

    const list = await history.list(first.uid);
    expect(list.map((v) => [v.seq, v.reason, v.author.name, v.wordCount, v.at])).toEqual([
      [1, 'save', 'Ana Diaz', 4, '2025-03-01T10:00:00.000Z'],
      [2, 'status', 'Sam Reyes', 9, '2025-03-01T11:00:00.000Z'],
    ]);
    expect(await history.read(first.uid, list[0]!.id)).toEqual(first);
    expect(await history.read(first.uid, list[1]!.id)).toEqual(second);
  });

  it('keeps versions in the workspace data folder, not in the story', async () => {
    const history = openHistory(root);
    await history.snapshot(story('One.'), { reason: 'manual', author: ana });
    const files = await readdir(historyDir('story0uid0one'));
    expect(files.sort()).toEqual(['00000001.json', 'index.json']);
  });

  it('skips a snapshot identical to the latest version, even with a newer updatedAt', async () => {
    const history = openHistory(root);
    const article = story('Same words.');
    const first = await history.snapshot(article, { reason: 'save', author: ana });
    const again = await history.snapshot(
      { ...article, metadata: { ...article.metadata, updatedAt: '2025-03-02T10:00:00.000Z' } },
      { reason: 'interval', author: sam },
    );
    expect(again).toEqual({ created: false, entry: first.entry });
    expect(await history.list(article.uid)).toHaveLength(1);
    // The same content as an older (not the latest) version is a new version: a restore.
    await history.snapshot(story('Other words.'), { reason: 'save', author: ana });
    const restored = await history.snapshot(article, { reason: 'restore', author: ana, restoredFrom: 1 });
    expect(restored.created).toBe(true);
    expect(restored.entry).toMatchObject({ seq: 3, reason: 'restore', restoredFrom: 1, hash: first.entry.hash });
  });

  it('keeps the histories of different stories apart', async () => {
    const history = openHistory(root);
    await history.snapshot(story('A', 'uid0a'), { reason: 'save', author: ana });
    await history.snapshot(story('B', 'uid0b'), { reason: 'save', author: ana });
    await history.snapshot(story('B2', 'uid0b'), { reason: 'save', author: ana });
    expect((await history.list('uid0a')).map((v) => v.seq)).toEqual([1]);
    expect((await history.list('uid0b')).map((v) => v.seq)).toEqual([1, 2]);
    expect(await history.list('uid0none')).toEqual([]);
  });

  it('numbers concurrent snapshots one after another', async () => {
    const history = openHistory(root);
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => history.snapshot(story(`Version ${i}`), { reason: 'interval', author: ana })));
    expect(results.map((r) => r.entry.seq).sort((x, y) => x - y)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect((await history.list('story0uid0one')).map((v) => v.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('refuses a story that is not valid and a reason it does not know, writing nothing', async () => {
    const history = openHistory(root);
    const broken = { ...story('One.'), body: [] } as unknown as Article;
    await expect(history.snapshot(broken, { reason: 'save', author: ana })).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(history.snapshot(story('One.'), { reason: 'whim' as 'save', author: ana })).rejects.toMatchObject({ code: 'invalid-argument' });
    expect(await history.list('story0uid0one')).toEqual([]);
  });

  it('refuses uids and version ids that are not names', async () => {
    const history = openHistory(root);
    await history.snapshot(story('One.'), { reason: 'save', author: ana });
    await expect(history.list('../story0uid0one')).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(history.read('story0uid0one', '../../../etc/passwd')).rejects.toMatchObject({ code: 'not-found' });
    await expect(history.read('story0uid0one', '00000009-abcdef12')).rejects.toMatchObject({ code: 'not-found' });
    const [entry] = await history.list('story0uid0one');
    await expect(history.read('story0uid0one', entry!.id.replace(/-.*/, '-00000000'))).rejects.toMatchObject({ code: 'not-found' });
  });

  it('rebuilds a lost or damaged index from the version files', async () => {
    const history = openHistory(root);
    for (const text of ['One.', 'Two.', 'Three.']) await history.snapshot(story(text), { reason: 'save', author: ana });
    const before = await history.list('story0uid0one');
    await writeFile(join(historyDir('story0uid0one'), 'index.json'), '{"format": "copydesk-hist');
    expect(await openHistory(root).list('story0uid0one')).toEqual(before);
    await unlink(join(historyDir('story0uid0one'), 'index.json'));
    expect(await openHistory(root).list('story0uid0one')).toEqual(before);
    const next = await openHistory(root).snapshot(story('Four.'), { reason: 'save', author: ana });
    expect(next.entry.seq).toBe(4);
  });

  it('adds a version the index missed, as after a kill between the two writes', async () => {
    const history = openHistory(root);
    await history.snapshot(story('One.'), { reason: 'save', author: ana });
    const index = await readFile(join(historyDir('story0uid0one'), 'index.json'), 'utf8');
    await history.snapshot(story('Two.'), { reason: 'save', author: ana });
    await writeFile(join(historyDir('story0uid0one'), 'index.json'), index);
    const list = await openHistory(root).list('story0uid0one');
    expect(list.map((v) => v.seq)).toEqual([1, 2]);
    expect(bodyText(await history.read('story0uid0one', list[1]!.id))).toBe('Two.');
  });

  it('removes temp files a killed snapshot left behind, without losing a number', async () => {
    const history = openHistory(root, { orphanAgeMs: 0 });
    await history.snapshot(story('One.'), { reason: 'save', author: ana });
    const orphan = join(historyDir('story0uid0one'), '.copydesk-tmp-00000002.json.0b5c3a52-0000-4000-8000-000000000000');
    await writeFile(orphan, '{"format": "copydesk-vers');
    expect((await history.list('story0uid0one')).map((v) => v.seq)).toEqual([1]);
    expect((await readdir(historyDir('story0uid0one'))).sort()).toEqual(['00000001.json', 'index.json']);
    expect((await history.snapshot(story('Two.'), { reason: 'save', author: ana })).entry.seq).toBe(2);
  });

  it('lists around a damaged version file and refuses to read it', async () => {
    const history = openHistory(root);
    await history.snapshot(story('One.'), { reason: 'save', author: ana });
    const { entry } = await history.snapshot(story('Two.'), { reason: 'save', author: ana });
    await unlink(join(historyDir('story0uid0one'), 'index.json'));
    const file = join(historyDir('story0uid0one'), '00000002.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace('Two.', 'Tw0.'));
    expect((await history.list('story0uid0one')).map((v) => v.seq)).toEqual([1]);
    await expect(history.read('story0uid0one', entry.id)).rejects.toMatchObject({ code: 'invalid-file' });
    // Its number is not reused.
    expect((await history.snapshot(story('Three.'), { reason: 'save', author: ana })).entry.seq).toBe(3);
  });

  it('thins versions older than the retention window on the next snapshot', async () => {
    let now = new Date('2025-01-01T09:00:00Z');
    const history = openHistory(root, { now: () => now });
    for (let i = 0; i < 6; i++) {
      now = new Date(Date.parse('2025-01-01T09:00:00Z') + i * 3600_000 + (i >= 3 ? 86400_000 : 0));
      await history.snapshot(story(`Day ${i >= 3 ? 2 : 1}, edit ${i}`), { reason: 'interval', author: ana });
    }
    expect((await history.list('story0uid0one')).map((v) => v.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    now = new Date('2025-03-01T09:00:00Z');
    await history.snapshot(story('Two months on.'), { reason: 'save', author: ana });
    const kept = await history.list('story0uid0one');
    expect(kept.map((v) => v.seq)).toEqual([3, 6, 7]);
    expect(bodyText(await history.read('story0uid0one', kept[0]!.id))).toBe('Day 1, edit 2');
    expect((await readdir(historyDir('story0uid0one'))).sort()).toEqual(['00000003.json', '00000006.json', '00000007.json', 'index.json']);
  });

  it('keeps everything when retention says so, and prunes on demand', async () => {
    let now = new Date('2025-01-01T09:00:00Z');
    const keepAll = openHistory(root, { now: () => now, retention: { ...DEFAULT_RETENTION, dailyAfter: false } });
    for (let i = 0; i < 3; i++) await keepAll.snapshot(story(`Edit ${i}`), { reason: 'save', author: ana });
    now = new Date('2025-06-01T09:00:00Z');
    await keepAll.snapshot(story('Later.'), { reason: 'save', author: ana });
    expect(await keepAll.list('story0uid0one')).toHaveLength(4);
    const thinning = openHistory(root, { now: () => now });
    expect((await thinning.prune('story0uid0one')).map((v) => v.seq)).toEqual([1, 2]);
    expect((await thinning.list('story0uid0one')).map((v) => v.seq)).toEqual([3, 4]);
  });
});

describe('history across processes', () => {
  let dir: string;
  let writer: string;

  beforeAll(async () => {
    dir = await tempDir('copydesk-history-child-');
    writer = await bundleScript(
      dir,
      'writer',
      `
import { openHistory } from ${JSON.stringify(sourcePath('electron/services/history/store.ts'))};
import { createArticle } from ${JSON.stringify(sourcePath('shared/model/factory.ts'))};
const [root, uid, ...texts] = process.argv.slice(2);
const history = openHistory(root);
for (const text of texts) {
  const article = { ...createArticle({ headline: 'Ferry', body: [{ type: 'paragraph', children: [{ text }] }] }), uid };
  const { entry } = await history.snapshot(article, { reason: 'save', author: { name: 'Child', initials: 'C' } });
  process.stdout.write(entry.seq + '\\n');
}
`,
    );
  });
  afterAll(() => removeDir(dir));

  it('reads versions another process wrote, and carries on the numbering', async () => {
    expect(await runScript(writer, [root, 'story0uid0one', 'First.', 'Second.'])).toBe('1\n2\n');
    const history = openHistory(root);
    const list = await history.list('story0uid0one');
    expect(list.map((v) => [v.seq, v.author.name])).toEqual([
      [1, 'Child'],
      [2, 'Child'],
    ]);
    expect(bodyText(await history.read('story0uid0one', list[1]!.id))).toBe('Second.');
    await history.snapshot(story('Third.'), { reason: 'save', author: ana });
    expect(await runScript(writer, [root, 'story0uid0one', 'Fourth.'])).toBe('4\n');
    expect((await history.list('story0uid0one')).map((v) => v.seq)).toEqual([1, 2, 3, 4]);
  });

  it('gives two processes snapshotting at once distinct numbers', async () => {
    const texts = (tag: string) => Array.from({ length: 15 }, (_, i) => `${tag} ${i}`);
    const [a, b] = await Promise.all([runScript(writer, [root, 'story0uid0one', ...texts('A')]), runScript(writer, [root, 'story0uid0one', ...texts('B')])]);
    const seqs = [...a.trim().split('\n'), ...b.trim().split('\n')].map(Number);
    expect(new Set(seqs).size).toBe(30);
    const list = await openHistory(root).list('story0uid0one');
    expect(list.map((v) => v.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });
});
