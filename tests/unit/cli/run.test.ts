import { runCli } from '../../helpers/cli';
import { mkdtemp, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineCommand } from '../../../electron/cli/command';
import { COMMANDS } from '../../../electron/cli/commands';
import type { RunOptions } from '../../../electron/cli/run';
import { MAX_ARTICLE_BYTES } from '../../../shared/model/serialize';

const fixtures = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const cli = (argv: string[], options?: RunOptions) => runCli(argv, { cwd: dir }, options);

function expectOneLine(err: string) {
  expect(err.endsWith('\n')).toBe(true);
  expect(err.trimEnd().split('\n')).toHaveLength(1);
  expect(err).toMatch(/^copydesk: /);
}

describe('copydesk (in process)', () => {
  it('prints help for the tool and for one command', async () => {
    const general = await cli(['--help']);
    expect(general.code).toBe(0);
    for (const command of COMMANDS) expect(general.out).toContain(command.name);
    const one = await cli(['import', '--help']);
    expect(one.code).toBe(0);
    expect(one.out).toContain('Usage: copydesk import FILE --workspace DIR');
  });

  it('rejects an unknown command or option with exit 2 and names it', async () => {
    const command = await cli(['publish']);
    expect(command.code).toBe(2);
    expect(command.err).toContain("'publish'");
    expectOneLine(command.err);
    const flag = await cli(['list', '--workspace', '.', '--verbose']);
    expect(flag.code).toBe(2);
    expect(flag.err).toContain('--verbose');
    expect((await cli(['new', '--workspace', 'ws', '--headline', 'x'.repeat(1001)])).code).toBe(2);
  });

  it('fails to list a folder that does not exist, without creating it', async () => {
    const result = await cli(['list', '--workspace', 'missing']);
    expect(result.code).toBe(1);
    expect(result.err).toContain('missing');
    expectOneLine(result.err);
    await expect(stat(join(dir, 'missing'))).rejects.toThrow();
  });

  it('refuses to show a file over the size limit', async () => {
    const big = join(dir, 'big.story.json');
    await writeFile(big, '');
    await truncate(big, MAX_ARTICLE_BYTES + 1);
    const result = await cli(['show', 'big.story.json']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/big\.story\.json: .*20 MB/);
  });

  it('imports Markdown and shows it as readable text', async () => {
    const imported = await cli(['import', join(fixtures, 'feature-story.md'), '--workspace', 'ws']);
    expect(imported.code).toBe(0);
    const file = imported.out.trim();
    expect(file.startsWith(join(dir, 'ws'))).toBe(true);
    const shown = await cli(['show', file]);
    expect(shown.code).toBe(0);
    expect(shown.out).toContain('Headline: Harbour Reopens After Storm');
    expect(shown.out).toContain('## What changed');
    expect(shown.out).toContain('- Morning ferry at 7:00');
    expect(shown.out).toContain('main channel <https://port.example/channel>');
  });

  it('lists stories for people, with unreadable files and their reason', async () => {
    const created = await cli(['new', '--workspace', 'ws', '--headline', 'Tram Line Opens', '--section', 'City']);
    expect(created.code).toBe(0);
    await writeFile(join(dir, 'ws', 'broken.story.json'), '{"schemaVersion": 1, "uid": ');
    const listed = await cli(['list', '--workspace', 'ws']);
    expect(listed.code).toBe(0);
    const lines = listed.out.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.includes('Tram Line Opens'))).toContain('City');
    expect(lines.find((l) => l.startsWith('broken.story.json'))).toMatch(/INVALID.*not valid JSON/);
  });

  it('does not create the workspace when the file to import is missing', async () => {
    const result = await cli(['import', 'nothing.txt', '--workspace', 'ws']);
    expect(result.code).toBe(1);
    expect(result.err).toBe('copydesk: nothing.txt: no such file\n');
    await expect(stat(join(dir, 'ws'))).rejects.toThrow();
  });

  it('reports a bug as one line, without a stack trace', async () => {
    const broken = defineCommand({
      name: 'broken',
      summary: 'fails',
      positionals: [],
      flags: {},
      run() {
        throw new TypeError('cannot read properties of undefined');
      },
    });
    const result = await cli(['broken'], { commands: [broken] });
    expect(result.code).toBe(1);
    expectOneLine(result.err);
    expect(result.err).toContain('cannot read properties of undefined');
  });

  it('writes the story it creates with the given headline and section', async () => {
    const created = await cli(['new', '--workspace', 'ws', '--headline', '  Budget Vote Delayed ', '--section', 'Politics']);
    const saved = JSON.parse(await readFile(created.out.trim(), 'utf8'));
    expect(saved.metadata).toMatchObject({ headline: 'Budget Vote Delayed', section: 'Politics', status: 'draft' });
  });
});
