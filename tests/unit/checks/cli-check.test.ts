import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runChecks } from '../../../shared/checks/list';
import { serializeArticle } from '../../../shared/model/serialize';
import { runCli } from '../../helpers/cli';
import { removeDir, tempDir } from '../../helpers/temp';
import { cleanWith, fixture } from './helpers';

const fixtures = fileURLToPath(new URL('../../fixtures/review/', import.meta.url));
let dir: string;

beforeEach(async () => {
  dir = await tempDir('copydesk-cli-check-');
});
afterEach(() => removeDir(dir));

const cli = (...argv: string[]) => runCli(argv, { cwd: dir });

describe('copydesk check', () => {
  it('exits 0 and says so when every check passes', async () => {
    const result = await cli('check', join(fixtures, 'clean.story.json'));
    expect(result).toEqual({ code: 0, out: 'All checks passed.\n', err: '' });
  });

  it('exits 0 with only warnings, and lists them', async () => {
    await writeFile(join(dir, 'long.story.json'), serializeArticle(cleanWith((a) => (a.metadata.headline = 'A headline that goes on and on well past the point where any page could fit it'))));
    const result = await cli('check', 'long.story.json');
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    expect(result.out).toMatch(/warning\s+headline-length\s+The headline is 78 characters; the limit is 70\./);
    expect(result.out).toContain('0 blocking problems, 1 warning.');
    expect((await cli('check', 'long.story.json', '--headline-limit', '100')).out).toBe('All checks passed.\n');
  });

  it('exits 1 when a problem blocks, printing every problem and one line on stderr', async () => {
    const result = await cli('check', join(fixtures, 'problems.story.json'));
    const expected = runChecks(fixture('problems.story.json'));
    const blocking = expected.filter((p) => p.severity === 'blocking').length;
    expect(result.code).toBe(1);
    for (const problem of expected) expect(result.out).toContain(problem.check);
    expect(result.out.trimEnd().split('\n')).toHaveLength(expected.length + 3);
    expect(result.err).toBe(`copydesk: ${join(fixtures, 'problems.story.json')}: ${blocking} blocking problems\n`);
  });

  it('prints the problems as JSON with --json, with the same exit status', async () => {
    const result = await cli('check', join(fixtures, 'problems.story.json'), '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.out);
    const expected = runChecks(fixture('problems.story.json'));
    expect(report.problems).toEqual(expected);
    expect(report.blocking + report.warnings).toBe(expected.length);
    expect(report.blocking).toBeGreaterThan(0);
    const clean = await cli('check', join(fixtures, 'clean.story.json'), '--json');
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.out)).toMatchObject({ blocking: 0, warnings: 0, problems: [] });
  });

  it('reports a story file that fails validation, such as one with a javascript: link, as blocking', async () => {
    const text = await readFile(join(fixtures, 'clean.story.json'), 'utf8');
    await writeFile(join(dir, 'bad-link.story.json'), text.replace('https://transport.example/night', 'javascript:alert(1)'));
    const result = await cli('check', 'bad-link.story.json', '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out).problems).toEqual([
      expect.objectContaining({ check: 'valid-file', severity: 'blocking', message: expect.stringContaining('http, https or mailto') }),
    ]);
  });

  it('fails on a missing file and refuses a bad limit as wrong usage', async () => {
    expect(await cli('check', 'missing.story.json')).toEqual({ code: 1, out: '', err: 'copydesk: missing.story.json: no such file\n' });
    const usage = await cli('check', join(fixtures, 'clean.story.json'), '--headline-limit', 'ten');
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('--headline-limit');
  });
});
