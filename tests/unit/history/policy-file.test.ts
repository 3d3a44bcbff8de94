import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHistory } from '../../../electron/services/history/store';
import { DEFAULT_RETENTION, type HistoryAuthor } from '../../../electron/services/history/types';
import type { Article } from '../../../shared/model/article';
import { createArticle } from '../../../shared/model/factory';
import { removeDir, tempDir } from '../../helpers/temp';

const ana: HistoryAuthor = { name: 'Ana Diaz', initials: 'AD' };
const NOW = new Date('2025-06-30T12:00:00Z');

let root: string;
beforeEach(async () => {
  root = await tempDir('copydesk-policy-');
});
afterEach(() => removeDir(root));

function story(text: string): Article {
  return { ...createArticle({ headline: 'Pier', body: [{ type: 'paragraph', children: [{ text }] }] }), uid: 'pier0uid' };
}

/** Three versions on one day 40 days ago, then one now; answers the sequence numbers kept. */
async function snapshotsAcrossTime(): Promise<number[]> {
  const history = openHistory(root, { now: () => NOW });
  for (const [i, hour] of ['09', '10', '11'].entries()) {
    await history.snapshot(story(`Draft ${i}.`), { reason: 'save', author: ana, at: new Date(`2025-05-21T${hour}:00:00Z`) });
  }
  await history.snapshot(story('Final.'), { reason: 'save', author: ana });
  return (await history.list('pier0uid')).map((v) => v.seq);
}

const policyFile = () => join(root, '.copydesk', 'history', 'retention.json');

describe('the workspace retention policy', () => {
  it('is the default until one is set: old versions thin to one a day', async () => {
    expect(await openHistory(root).retention()).toEqual(DEFAULT_RETENTION);
    expect(await snapshotsAcrossTime()).toEqual([3, 4]);
  });

  it('once set to keep every version, keeps them all, and is read back from the workspace', async () => {
    await openHistory(root, { now: () => NOW }).setRetention({ keepAllDays: 30, dailyAfter: false, maxAgeDays: null });
    expect(await openHistory(root).retention()).toMatchObject({ keepAllDays: 30, dailyAfter: false, maxAgeDays: null });
    expect(await snapshotsAcrossTime()).toEqual([1, 2, 3, 4]);
  });

  it('deletes versions past the age limit it is given', async () => {
    await openHistory(root).setRetention({ keepAllDays: 7, dailyAfter: true, maxAgeDays: 20 });
    expect(await snapshotsAcrossTime()).toEqual([4]);
  });

  it('refuses a limit that would delete what it also keeps, naming the field', async () => {
    await expect(openHistory(root).setRetention({ keepAllDays: 30, dailyAfter: true, maxAgeDays: 10 })).rejects.toThrow(/maxAgeDays/);
    await expect(openHistory(root).setRetention({ keepAllDays: -1, dailyAfter: true, maxAgeDays: null })).rejects.toThrow(/keepAllDays/);
  });

  it('when its file is damaged, says so by name and deletes nothing', async () => {
    await mkdir(join(root, '.copydesk', 'history'), { recursive: true });
    await writeFile(policyFile(), '{"keepAllDays": "thirty"');
    await expect(openHistory(root).retention()).rejects.toThrow(/retention\.json/);
    expect(await snapshotsAcrossTime()).toEqual([1, 2, 3, 4]);
    expect(await readFile(policyFile(), 'utf8')).toBe('{"keepAllDays": "thirty"');
  });
});
