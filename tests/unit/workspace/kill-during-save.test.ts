import { spawn } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createArticle } from '../../../shared/model/factory';
import { bodyText } from '../../../shared/model/text';
import { openWorkspaceStore } from '../../../electron/services/workspace/store';
import { removeDir, tempDir } from '../../helpers/temp';

const TRIALS = Number(process.env['COPYDESK_KILL_TRIALS'] ?? 60);

let dir: string;
let saver: string;

/** A child that saves the story in a loop and says "ack N" after each save returns. */
const SAVER = `
import { openWorkspaceStore } from ${JSON.stringify(fileURLToPath(new URL('../../../electron/services/workspace/store.ts', import.meta.url)))};
const store = await openWorkspaceStore(process.argv[2], { orphanAgeMs: 0 });
for (let n = Number(process.argv[3]); ; n++) {
  const opened = await store.read('killed');
  opened.article.body = [{ type: 'paragraph', children: [{ text: 'seq ' + n + ' ' + 'words '.repeat(2000) }] }];
  const result = await store.save('killed', opened.article, opened.hash);
  if (result.kind !== 'saved') throw new Error('unexpected conflict');
  process.stdout.write('ack ' + n + '\\n');
}
`;

beforeAll(async () => {
  dir = await tempDir();
  const entry = join(dir, 'saver-entry.ts');
  await writeFile(entry, SAVER);
  saver = join(dir, 'saver.mjs');
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: saver, logLevel: 'silent', external: ['fsevents'] });
});
afterAll(() => removeDir(dir));

function seqOf(text: string): number {
  return Number(/^seq (\d+)/.exec(text)?.[1] ?? -1);
}

it(`a save killed at a random moment leaves the last acknowledged version or a newer one (${TRIALS} trials)`, { timeout: 180_000 }, async () => {
  const root = join(dir, 'ws');
  const store = await openWorkspaceStore(root);
  await store.create(createArticle({ headline: 'Killed', body: [{ type: 'paragraph', children: [{ text: 'seq 0' }] }] }));
  let lastAck = 0;
  const bad: string[] = [];
  for (let trial = 0; trial < TRIALS; trial++) {
    const child = spawn(process.execPath, [saver, root, String(lastAck + 1)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    // Start the clock at the child's first acknowledged save, so a slow start on a busy machine still tests something.
    const firstAck = new Promise<void>((resolve) => {
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        if (out.includes('ack ')) resolve();
      });
      child.on('close', () => resolve());
    });
    await firstAck;
    await new Promise((r) => setTimeout(r, Math.random() * 120));
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));
    const acks = [...out.matchAll(/ack (\d+)/g)].map((m) => Number(m[1]));
    if (acks.length > 0) lastAck = acks.at(-1)!;
    // Opening the workspace recovers an interrupted save.
    const reopened = await openWorkspaceStore(root, { orphanAgeMs: 0 });
    try {
      const seq = seqOf(bodyText((await reopened.read('killed')).article));
      if (seq < lastAck || seq > lastAck + 1) bad.push(`trial ${trial}: on disk seq ${seq}, last acknowledged ${lastAck}`);
      lastAck = Math.max(lastAck, seq);
    } catch (err) {
      bad.push(`trial ${trial}: ${(err as Error).message}`);
    }
  }
  expect(bad).toEqual([]);
  expect(lastAck).toBeGreaterThan(TRIALS / 2);
  expect((await readdir(root)).filter((n) => n.startsWith('.copydesk-tmp'))).toEqual([]);
});
