import { describe, expect, it } from 'vitest';
import { parseCommandArgs, synopsis, wantsHelp } from '../../../electron/cli/args';
import { defineCommand } from '../../../electron/cli/command';
import { UsageError } from '../../../electron/cli/errors';

const command = defineCommand({
  name: 'demo',
  summary: 'A command for testing',
  positionals: [{ name: 'FILE', help: 'a file' }],
  flags: {
    workspace: { type: 'string', value: 'DIR', required: true, help: 'folder' },
    section: { type: 'string', value: 'TEXT', help: 'section' },
    json: { type: 'boolean', help: 'json' },
  },
  async run() {},
});

function usageError(argv: string[]): string {
  try {
    parseCommandArgs(command, argv);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error('expected a usage error');
}

describe('parseCommandArgs', () => {
  it('reads options in any order, with = or a separate value', () => {
    const parsed = parseCommandArgs(command, ['--json', 'a.md', '--workspace=ws', '--section', 'World']);
    expect(parsed).toEqual({ flags: { workspace: 'ws', section: 'World', json: true }, args: { FILE: 'a.md' } });
    expect(parseCommandArgs(command, ['--workspace', 'ws', '--', '--odd-name.md']).args.FILE).toBe('--odd-name.md');
  });

  it('names the problem in a usage error', () => {
    expect(usageError(['a.md', '--workspace', 'ws', '--colour'])).toContain('--colour');
    expect(usageError(['a.md', '-x', '--workspace', 'ws'])).toContain('-x');
    expect(usageError(['a.md'])).toContain('--workspace');
    expect(usageError(['--workspace', 'ws'])).toContain('FILE');
    expect(usageError(['a.md', 'b.md', '--workspace', 'ws'])).toContain("'b.md'");
    expect(usageError(['a.md', '--workspace'])).toContain('needs a value');
    expect(usageError(['a.md', '--workspace', '--json'])).toContain('needs a value');
    expect(usageError(['a.md', '--workspace', 'a', '--workspace', 'b'])).toContain('more than once');
    expect(usageError(['a.md', '--workspace', 'ws', '--json=yes'])).toContain('takes no value');
    expect(usageError(['a.md', '--workspace', ' '])).toContain('empty');
  });

  it('ignores inherited object keys as option names', () => {
    expect(usageError(['a.md', '--workspace', 'ws', '--constructor'])).toContain('--constructor');
  });
});

describe('usage helpers', () => {
  it('writes the synopsis from the spec', () => {
    expect(synopsis(command)).toBe('demo FILE --workspace DIR [--section TEXT] [--json]');
  });

  it('sees --help only before --', () => {
    expect(wantsHelp(['x', '-h'])).toBe(true);
    expect(wantsHelp(['--', '--help'])).toBe(false);
  });
});
