import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openHistory } from '../../../electron/services/history/store';
import { bodyText } from '../../../shared/model/text';
import { removeDir, tempDir } from '../../helpers/temp';
import { bundleScript, sourcePath } from './child';

const TRIALS = Number(process.env['COPYDESK_KILL_TRIALS'] ?? 40);
const UID = 'killed0story';

let dir: string;
let snapshotter: string;

beforeAll(async () => {
  dir = await tempDir('copydesk-history-kill-');
  // A child that snapshots a changing story in a loop and says "ack N" after each snapshot returns.
  // Small versions, so that most of the loop's time is file-system work and the kills land inside it.
  snapshotter = await bundleScript(
    dir,
    'snapshotter',
    `
import { openHistory } from ${JSON.stringify(sourcePath('electron/services/history/store.ts'))};
import { createArticle } from ${JSON.stringify(sourcePath('shared/model/factory.ts'))};
const history = openHistory(process.argv[2]);
const base = createArticle({ headline: 'Killed' });
const filler = Array.from({ length: 4 }, () => ({ type: 'paragraph', children: [{ text: 'words '.repeat(80) }] }));
for (let n = Number(process.argv[3]); ; n++) {
  const article = { ...base, uid: ${JSON.stringify(UID)}, body: [{ type: 'paragraph', children: [{ text: 'seq ' + n }] }, ...filler] };
  await history.snapshot(article, { reason: 'interval', author: { name: 'Loop', initials: 'L' } });
  process.stdout.write('ack ' + n + '\\n');
}
`,
  );
});
afterAll(() => removeDir(dir));

function numberOf(text: string): number {
  return Number(/^seq (\d+)/.exec(text)?.[1] ?? -1);
}

it(`a snapshot killed at a random moment leaves a readable history with increasing numbers (${TRIALS} trials)`, { timeout: 600_000 }, async () => {
  const root = join(dir, 'ws');
  const folder = join(root, '.copydesk', 'history', UID);
  const storyOf = new Map<number, number>();
  let lastAck = 0;
  const bad: string[] = [];

  for (let trial = 0; trial < TRIALS; trial++) {
    const child = spawn(process.execPath, [snapshotter, root, String(lastAck + 1)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    // Start the clock at the first acknowledgement, so the kill lands among snapshots, not during start-up.
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        if (out.includes('ack ')) resolve();
      });
      child.on('close', () => resolve());
      setTimeout(resolve, 20_000);
    });
    await new Promise((r) => setTimeout(r, Math.random() * 300));
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));
    const acks = [...out.matchAll(/ack (\d+)/g)].map((m) => Number(m[1]));
    if (acks.length > 0) lastAck = acks.at(-1)!;

    try {
      const history = openHistory(root, { orphanAgeMs: 0 });
      const versions = await history.list(UID);
      for (const version of versions) {
        if (!storyOf.has(version.seq)) storyOf.set(version.seq, numberOf(bodyText(await history.read(UID, version.id))));
      }
      let previous = { seq: 0, n: 0 };
      for (const version of versions) {
        const n = storyOf.get(version.seq)!;
        if (version.seq <= previous.seq || n <= previous.n) {
          bad.push(`trial ${trial}: version ${version.seq} (story ${n}) follows version ${previous.seq} (story ${previous.n})`);
        }
        previous = { seq: version.seq, n };
      }
      // Every version file in the folder is whole: none was passed over as unreadable.
      const files = (await readdir(folder)).filter((name) => /^\d{8}\.json$/.test(name));
      if (files.length !== versions.length) bad.push(`trial ${trial}: ${files.length} version files, ${versions.length} readable`);
      if (previous.n < lastAck) bad.push(`trial ${trial}: newest version holds story ${previous.n}, acknowledged ${lastAck}`);
      lastAck = Math.max(lastAck, previous.n);
    } catch (err) {
      bad.push(`trial ${trial}: ${(err as Error).message}`);
    }
  }

  expect(bad).toEqual([]);
  expect(lastAck).toBeGreaterThanOrEqual(TRIALS);
  // Every version still reads at the end, and no temp file is left once the history is opened again.
  const history = openHistory(root, { orphanAgeMs: 0 });
  const versions = await history.list(UID);
  for (const version of versions) expect(numberOf(bodyText(await history.read(UID, version.id)))).toBe(storyOf.get(version.seq));
  expect((await readdir(folder)).filter((name) => !/^(\d{8}\.json|index\.json)$/.test(name))).toEqual([]);
});
