import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textFileQuotes } from '../../../electron/cli/commands/quotes';
import { serializeArticle } from '../../../shared/model/serialize';
import { runCli } from '../../helpers/cli';
import { removeDir, tempDir } from '../../helpers/temp';
import { para, quote, speaker, story } from './story';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const corpusText = join(repoRoot, '..', 'shared', 'corpora', 'polnear-train', 'text');
let dir: string;

beforeEach(async () => {
  dir = await tempDir('copydesk-cli-quotes-');
});
afterEach(() => removeDir(dir));

const cli = (...argv: string[]) => runCli(argv, { cwd: dir });

const TEXT = 'The council met on Monday.\n\n“We will not back down on this,” Jane Okafor said. She added that the talks would go on.\n\nThe vote is on Friday.\n\n“Every ward will lose a bus route by the end of the year.”\n';

describe('copydesk quotes --text', () => {
  it('prints each quote with offsets into the file text, its speaker, cue and confidence', async () => {
    await writeFile(join(dir, 'story.txt'), TEXT);
    const result = await cli('quotes', '--text', 'story.txt', '--json');
    expect(result).toMatchObject({ code: 0, err: '' });
    const rows = JSON.parse(result.out) as { kind: string; text: string; start: number; end: number; speaker: { name: string; mention: { text: string; start: number; end: number } } | null; cue: { text: string; start: number; end: number } | null; confidence: number; tagged: boolean }[];
    expect(rows.map((r) => [r.kind, r.text, r.speaker?.name ?? null, r.tagged])).toEqual([
      ['direct', 'We will not back down on this,', 'Jane Okafor', false],
      ['indirect', 'the talks would go on', 'Jane Okafor', false],
      ['direct', 'Every ward will lose a bus route by the end of the year.', null, false],
    ]);
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(['kind', 'text', 'start', 'end', 'speaker', 'cue', 'confidence', 'tagged']);
      expect(TEXT.slice(r.start, r.end)).toBe(r.text);
      if (r.speaker) expect(TEXT.slice(r.speaker.mention.start, r.speaker.mention.end)).toBe(r.speaker.mention.text);
      if (r.cue) expect(TEXT.slice(r.cue.start, r.cue.end)).toBe(r.cue.text);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
    expect(rows[1]!.speaker!.mention.text).toBe('She');
  });

  it('prints one line per quote for people, with "?" for a quote nobody is named as saying', async () => {
    await writeFile(join(dir, 'story.txt'), TEXT);
    const { code, out } = await cli('quotes', '--text', 'story.txt');
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^KIND\s+SPEAKER\s+CONFIDENCE\s+QUOTE$/);
    expect(lines[1]).toMatch(/^direct\s+Jane Okafor\s+0\.\d\d\s+We will not back down on this,$/);
    expect(lines[3]).toMatch(/^direct\s+\?\s+0\.\d\d\s+Every ward will lose a bus route/);
  });

  it('says so when there are no quotes, and fails on a missing file or a missing argument', async () => {
    await writeFile(join(dir, 'plain.txt'), 'The council met on Monday.');
    expect(await cli('quotes', '--text', 'plain.txt')).toEqual({ code: 0, out: 'No quotes found.\n', err: '' });
    expect(await cli('quotes', '--text', 'missing.txt')).toEqual({ code: 1, out: '', err: 'copydesk: missing.txt: no such file\n' });
    const usage = await cli('quotes', '--json');
    expect(usage.code).toBe(2);
    expect(usage.err).toContain("'quotes' needs FILE");
  });
});

describe('copydesk quotes FILE', () => {
  it('lists the tagged quotes of a story with the suggestions for the untagged ones', async () => {
    const okafor = speaker('spk-okafor', 'Jane Okafor', 'Okafor', 'she');
    const article = story(
      [para('Jane Okafor said: “', quote('q-1', 'spk-okafor', 'We have a budget that works.'), '”'), para('“It cuts the bus routes we rely on,” Tom Reyes said.')],
      [okafor],
    );
    await writeFile(join(dir, 'budget.story.json'), serializeArticle(article));
    const json = await cli('quotes', 'budget.story.json', '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out).map((r: { tagged: boolean; speaker: { name: string } | null }) => [r.tagged, r.speaker?.name])).toEqual([
      [true, 'Jane Okafor'],
      [false, 'Tom Reyes'],
    ]);
    const human = await cli('quotes', 'budget.story.json');
    expect(human.out).toMatch(/^direct\s+Jane Okafor\s+tagged\s+We have a budget that works\.$/m);
  });

  it('refuses a file that is not a story', async () => {
    await writeFile(join(dir, 'bad.story.json'), '{"schemaVersion": 1}');
    const result = await cli('quotes', 'bad.story.json');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^copydesk: bad\.story\.json: /);
  });
});

/** Runs the real command line in a child process, as `npm run cli` does. */
function copydesk(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], { cwd: repoRoot, env: { ...process.env, COPYDESK_DEBUG: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the quote evaluation', () => {
  it('scores exactly what the command prints: the process output equals the function the evaluation calls', { timeout: 30_000 }, async () => {
    const name = readdirSync(corpusText).filter((f) => f.endsWith('.txt')).sort()[0]!;
    const file = join(corpusText, name);
    const printed = await copydesk('quotes', '--text', file, '--json');
    expect(printed).toMatchObject({ code: 0, stderr: '' });
    const { quotes } = await textFileQuotes(file);
    expect(quotes.length).toBeGreaterThan(0);
    expect(JSON.parse(printed.stdout)).toEqual(quotes);
  });
});
