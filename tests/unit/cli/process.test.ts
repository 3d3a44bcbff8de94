import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../shared/ipc/contract';
import type { Article } from '../../../shared/model/article';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const samplePath = join(repoRoot, '..', 'shared', 'seeds', 'sample-wire-story.txt');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-cli-process-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the real command line in a child process, as `npm run cli` does. */
function copydesk(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
      cwd: repoRoot,
      env: { ...process.env, COPYDESK_DEBUG: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function plainText(block: Article['body'][number]): string {
  return 'children' in block ? block.children.map((c) => ('text' in c ? c.text : plainText(c as never))).join('') : '';
}

describe('copydesk (child process)', { timeout: 30_000 }, () => {
  it('creates a story with new and lists it with list --json', async () => {
    const ws = join(dir, 'round-trip');
    const created = await copydesk('new', '--workspace', ws, '--headline', 'Rail Strike Called Off', '--section', 'Business');
    expect(created).toMatchObject({ code: 0, stderr: '' });
    const file = created.stdout.trim();
    expect(file.startsWith(ws)).toBe(true);

    const listed = await copydesk('list', '--workspace', ws, '--json');
    expect(listed.code).toBe(0);
    const rows = JSON.parse(listed.stdout) as ArticleSummary[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ file, headline: 'Rail Strike Called Off', section: 'Business', status: 'draft', wordCount: 0 });
    expect(Object.keys(rows[0]!).sort()).toEqual(['file', 'headline', 'id', 'section', 'status', 'updatedAt', 'wordCount']);
  });

  it('imports the sample wire story and shows it as JSON', async () => {
    const source = await readFile(samplePath, 'utf8');
    const chunks = source.split(/\n\s*\n/).map((c) => c.trim()).filter(Boolean);
    const [section, headline] = chunks;
    const storyParagraphs = chunks.filter((c) => c !== section && c !== headline && !/^Our readers/i.test(c));

    const imported = await copydesk('import', samplePath, '--workspace', join(dir, 'imported'));
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    const shown = await copydesk('show', imported.stdout.trim(), '--json');
    expect(shown.code).toBe(0);
    const article = JSON.parse(shown.stdout) as Article;

    expect(article.metadata.section).toBe('International');
    expect(article.metadata.headline).toBe(headline);
    const paragraphs = article.body.filter((b) => b.type === 'paragraph');
    expect(paragraphs).toHaveLength(storyParagraphs.length);
    expect(paragraphs.map(plainText).join('\n')).not.toContain(headline);
    expect(paragraphs.some((p) => plainText(p).includes('Our readers'))).toBe(false);
    expect(article.body.at(-1)).toMatchObject({ type: 'related-links', items: [] });
  });

  it('lists a corrupt file with an error naming the field path', async () => {
    const ws = join(dir, 'corrupt');
    const created = await copydesk('new', '--workspace', ws, '--headline', 'Good Story');
    const article = JSON.parse(await readFile(created.stdout.trim(), 'utf8'));
    article.body[0].children = [];
    await writeFile(join(ws, 'damaged.story.json'), JSON.stringify(article));

    const listed = await copydesk('list', '--workspace', ws, '--json');
    expect(listed.code).toBe(0);
    const rows = JSON.parse(listed.stdout) as ArticleSummary[];
    const bad = rows.find((r) => r.id === 'damaged');
    expect(bad && 'error' in bad ? bad.error : null).toMatch(/damaged\.story\.json: body\.0\.children/);
    expect(rows.find((r) => r.id !== 'damaged')).toMatchObject({ headline: 'Good Story' });
  });

  it('exits 2 on a usage error and 1 on a missing file, with one line and no stack trace', async () => {
    const usage = await copydesk('list', '--workspace');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^copydesk: --workspace needs a value \(DIR\)\n$/);

    const missing = await copydesk('show', 'no-such.story.json');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe('copydesk: no-such.story.json: no such file\n');
  });
});
