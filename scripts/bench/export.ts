/**
 * Times the HTML export of a workspace: 1,000 stories of 1,000 words, through the export
 * service (read from disk, validate, render, write), as `copydesk export-all` does.
 *
 *   npx tsx scripts/bench/export.ts [--stories N] [--words N]
 *
 * Goal: ≤ 5 s for 1,000 × 1,000 words. Writes bench-results/export.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { exportStories } from '../../electron/services/export/export';
import { openWorkspaceStore } from '../../electron/services/workspace/store';
import type { Article } from '../../shared/model/article';
import type { Block, Inline } from '../../shared/model/body';
import { createArticle } from '../../shared/model/factory';
import { ARTICLE_EXTENSION, serializeArticle } from '../../shared/model/serialize';
import { articleWordCount } from '../../shared/model/text';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const GOAL_MS = 5000;

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index < 0 ? NaN : Number(process.argv[index + 1]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

const WORDS = 'river council plan winter pumps warning town mayor budget water bridge street ferry harbour school report minister vote market price'.split(' ');

/** A deterministic story of about `words` words: paragraphs, a heading, a list, quotes and a link. */
function makeStory(n: number, words: number): Article {
  let seed = n * 7919 + 17;
  const word = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return WORDS[seed % WORDS.length]!;
  };
  const sentence = (length: number) => Array.from({ length }, word).join(' ');
  const body: Block[] = [];
  let count = 0;
  for (let p = 0; count < words; p++) {
    const children: Inline[] = [{ text: `${sentence(20)}, ` }];
    if (p % 3 === 0) children.push({ type: 'quote', quoteId: `q${p}`, speakerId: 'sp-1', children: [{ text: sentence(12) }] });
    else children.push({ type: 'link', url: `https://example.org/${n}/${p}`, children: [{ text: sentence(4) }] });
    children.push({ text: ` ${sentence(14)}.` });
    body.push({ type: 'paragraph', children });
    count += 20 + (p % 3 === 0 ? 12 : 4) + 14;
    if (p === 4) body.push({ type: 'heading', level: 2, children: [{ text: sentence(5) }] });
    if (p === 8) body.push({ type: 'bulleted-list', children: [0, 1, 2].map(() => ({ type: 'list-item' as const, children: [{ text: sentence(6) }] })) });
  }
  const article = createArticle({ headline: `Story ${n}: ${sentence(8)}`, section: 'Local', body, now: new Date('2025-01-01T00:00:00Z') });
  article.metadata.standfirst = sentence(20);
  article.metadata.bylines = [{ name: 'Bench Reporter', role: 'Staff' }];
  article.speakers = [{ id: 'sp-1', fullName: 'Pat Example', shortName: 'Example', role: 'Mayor', organisation: 'Council', pronoun: 'they' }];
  return article;
}

/** What one run measured. */
export interface ExportBench {
  stories: number;
  wordsPerStory: number;
  format: 'html';
  ms: number;
  msPerStory: number;
  goalMs: number;
  pass: boolean | null;
}

/** Exports `stories` generated stories of about `words` words to HTML in a temporary folder and times it. */
export async function benchExport(stories = 1000, words = 1000): Promise<ExportBench> {
  const work = mkdtempSync(path.join(tmpdir(), 'copydesk-bench-export-'));
  try {
    const workspace = path.join(work, 'workspace');
    mkdirSync(workspace);
    let totalWords = 0;
    for (let n = 0; n < stories; n++) {
      const article = makeStory(n, words);
      totalWords += articleWordCount(article);
      writeFileSync(path.join(workspace, `story-${n}${ARTICLE_EXTENSION}`), serializeArticle(article));
    }
    const store = await openWorkspaceStore(workspace);
    const ids = Array.from({ length: stories }, (_, n) => `story-${n}`);

    const start = performance.now();
    const report = await exportStories(store, ids, path.join(work, 'out'));
    const ms = performance.now() - start;
    if (report.failed.length > 0) throw new Error(`export failed: ${JSON.stringify(report.failed.slice(0, 3))}`);
    return {
      stories,
      wordsPerStory: Math.round(totalWords / stories),
      format: 'html',
      ms: Math.round(ms),
      msPerStory: Number((ms / stories).toFixed(2)),
      goalMs: GOAL_MS,
      pass: stories >= 1000 ? ms <= GOAL_MS : null,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const result = await benchExport(option('stories', 1000), option('words', 1000));
  mkdirSync(path.join(repoRoot, 'bench-results'), { recursive: true });
  writeFileSync(path.join(repoRoot, 'bench-results', 'export.json'), `${JSON.stringify({ ...result, node: process.version }, null, 2)}\n`);
  console.log(
    `export: ${result.stories} stories × ${result.wordsPerStory} words to HTML in ${result.ms} ms ` +
      `(${result.msPerStory} ms each; goal ≤ ${result.goalMs} ms)`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
