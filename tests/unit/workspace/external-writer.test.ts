import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createArticle } from '../../../shared/model/factory';
import { serializeArticle } from '../../../shared/model/serialize';
import { bodyText } from '../../../shared/model/text';
import { openWorkspaceStore } from '../../../electron/services/workspace/store';
import { removeDir, tempDir } from '../../helpers/temp';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(() => removeDir(dir));

/**
 * Another program that writes the story blindly (rename-over, as many editors
 * save). Before each write it checks that its previous write is still on disk
 * or was carried forward by a save that saw it; anything else means a save
 * overwrote its work without having read it.
 */
const WRITER = `
const fs = require('node:fs');
const [file, template, count] = [process.argv[2], JSON.parse(fs.readFileSync(process.argv[3], 'utf8')), Number(process.argv[4])];
const sleep = (ms) => { const until = Date.now() + ms; while (Date.now() < until) {} };
// A save swaps files within microseconds; a reader that lands in between retries.
const read = () => { for (;;) { try { return fs.readFileSync(file, 'utf8'); } catch (e) { if (e.code !== 'ENOENT') throw e; } } };
let lost = 0;
for (let n = 1; n <= count; n++) {
  // A save that displaced this write puts it back within its own call; on a
  // loaded machine that can take a while, so only a write still gone after
  // half a second counts as lost.
  const token = 'external-' + (n - 1) + ' ';
  if (n > 1 && !read().includes(token)) {
    const until = Date.now() + 500;
    while (Date.now() < until && !read().includes(token)) sleep(5);
    if (!read().includes(token)) lost++;
  }
  template.body = [{ type: 'paragraph', children: [{ text: 'external-' + n + ' ' }] }];
  const temp = file + '.writer-tmp';
  fs.writeFileSync(temp, JSON.stringify(template, null, 2));
  fs.renameSync(temp, file);
  sleep(Math.random() * 3);
}
process.stdout.write(JSON.stringify({ lost }));
`;

it('1,000 rapid saves racing an external writer never overwrite its work unseen', { timeout: 180_000 }, async () => {
  const store = await openWorkspaceStore(join(dir, 'ws'));
  const { id, file } = await store.create(createArticle({ headline: 'Raced' }));
  const templatePath = join(dir, 'template.json');
  await writeFile(templatePath, serializeArticle(createArticle({ headline: 'Raced' })));
  const script = join(dir, 'writer.cjs');
  await writeFile(script, WRITER);

  const writer = spawn(process.execPath, [script, file, templatePath, '300'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  writer.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const finished = new Promise<number>((resolve) => writer.on('close', (code) => resolve(code ?? -1)));

  let saved = 0;
  let conflicts = 0;
  let writerDone = false;
  void finished.then(() => (writerDone = true));
  // Start racing once the writer is running.
  while (!bodyText((await store.read(id).catch(() => null))?.article ?? { body: [] }).includes('external-')) {
    await new Promise((r) => setTimeout(r, 1));
  }
  for (let i = 0; i < 1000 || !writerDone; i++) {
    let opened;
    try {
      opened = await store.read(id);
    } catch {
      continue; // caught the writer between its own steps; try again
    }
    const carried = bodyText(opened.article);
    opened.article.body = [{ type: 'paragraph', children: [{ text: `${carried}ours-${i} ` }] }];
    const result = await store.save(id, opened.article, opened.hash);
    if (result.kind === 'saved') saved++;
    else conflicts++;
  }
  expect(await finished).toBe(0);
  expect(JSON.parse(out)).toEqual({ lost: 0 });
  // The race was real: both sides got writes in, and some saves were refused.
  expect(saved).toBeGreaterThan(0);
  expect(conflicts).toBeGreaterThan(0);
  const final = bodyText((await store.read(id)).article);
  expect(final).toContain('external-300 ');
});
