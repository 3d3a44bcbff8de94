import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchEditor, type EditorRow } from './bench/editor';
import { benchExport } from './bench/export';
import { runPreviewBench } from './bench/preview';
import { benchQuotes } from './bench/quotes';

/**
 * `npm run bench`: the speed and memory goals, measured. Prints a table and
 * writes bench-results/bench.json. Options: --sizes 1000,10000 --keys 60.
 */
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,50000,200000' },
    keys: { type: 'string', default: '80' },
    out: { type: 'string', default: 'bench-results/bench.json' },
  },
});

const repoRoot = resolve(import.meta.dirname, '..');
// COPYDESK_STATIC_DIR lets several people test their own build of the interface side by side.
const staticDir = process.env['COPYDESK_STATIC_DIR'] ?? join(repoRoot, 'out', 'renderer');
const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

type Goal = { name: string; value: number; unit: string; goal: number };
const goals: Goal[] = [];
const goal = (name: string, value: number | undefined, unit: string, limit: number) => {
  if (value !== undefined) goals.push({ name, value, unit, goal: limit });
};

async function main(): Promise<void> {
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.error('Build the interface first: npm run build:renderer');
    process.exit(2);
  }
  const sizes = values.sizes.split(',').map(Number);
  const tmp = await mkdtemp(join(tmpdir(), 'copydesk-bench-'));
  const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };
  try {
    const editor: EditorRow[] = await benchEditor(sizes, { chromium: chromiumPath, staticDir, tmp, keys: Number(values.keys) });
    results['editor'] = editor;
    console.log('\nEditor in Chromium (ms; heap in MB after load and GC)');
    console.table(
      editor.map((r) => ({
        words: r.words,
        'load→editable': r.loadMs.toFixed(0),
        'type p50': r.typeP50.toFixed(1),
        'type p95': r.typeP95.toFixed(1),
        'type max': r.typeMax.toFixed(1),
        'select-all (median, max)':
          r.selectAllMs === undefined ? '' : r.selectAllMissed ? `not shown in ${r.selectAllMissed} tries` : `${r.selectAllMs.toFixed(1)}, ${r.selectAllMaxMs?.toFixed(1) ?? ''}`,
        'delete-all': r.deleteAllMs?.toFixed(1) ?? '',
        'paste 5k': r.paste5kMs?.toFixed(1) ?? '',
        heap: r.heapMb.toFixed(1),
      })),
    );
    for (const r of editor) {
      if (r.words === 10_000) goal('typing p95 at 10k words', r.typeP95, 'ms', 20);
      if (r.words === 50_000) {
        goal('typing p95 at 50k words', r.typeP95, 'ms', 24);
        goal('typing max at 50k words', r.typeMax, 'ms', 50);
        goal('load to editable at 50k words', r.loadMs, 'ms', 800);
        goal('select-all at 50k words (median of 5)', r.selectAllMs, 'ms', 50);
        goal('delete-all at 50k words', r.deleteAllMs, 'ms', 150);
        goal('paste of 5k words into 50k', r.paste5kMs, 'ms', 100);
        goal('JS heap after loading 50k words', r.heapMb, 'MB', 16);
      }
      if (r.words === 200_000) goal('typing p95 at 200k words', r.typeP95, 'ms', 33);
    }
    const preview = await runPreviewBench({ chromium: chromiumPath, staticDir, tmp, words: 10_000 });
    results['preview'] = preview;
    console.log(`\nPreview after a typing pause, 10k words: median ${preview.p50.toFixed(1)} ms, max ${preview.max.toFixed(1)} ms`);
    goal('preview update after a pause, 10k words (median)', preview.p50, 'ms', 100);
    const quotes = benchQuotes();
    results['quotes'] = quotes;
    console.log(`\nQuote suggestions on 10k words: median ${quotes.medianMs.toFixed(1)} ms, max ${quotes.maxMs.toFixed(1)} ms`);
    goal('quote suggestions, 10k words (median)', quotes.medianMs, 'ms', 50);
    const exported = await benchExport(1000, 1000);
    results['export'] = exported;
    console.log(`Export: ${exported.stories} stories of ${exported.wordsPerStory} words to HTML in ${exported.ms} ms`);
    goal('export of 1,000 stories of 1,000 words', exported.ms, 'ms', 5000);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  results['goals'] = goals.map((g) => ({ ...g, met: g.value <= g.goal }));
  console.log('\nGoals');
  console.table(goals.map((g) => ({ goal: g.name, value: `${g.value.toFixed(1)} ${g.unit}`, limit: `≤ ${g.goal} ${g.unit}`, met: g.value <= g.goal ? 'yes' : 'NO' })));
  mkdirSync(resolve(repoRoot, values.out, '..'), { recursive: true });
  writeFileSync(resolve(repoRoot, values.out), JSON.stringify(results, null, 2) + '\n');
  console.log(`Wrote ${values.out}`);
}

void main();
