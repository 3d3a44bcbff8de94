import { synopsis } from './args';
import type { Command } from './command';

/** `copydesk --help`: every command and the exit statuses. */
export function generalUsage(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: copydesk <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "copydesk <command> --help" for the options of one command.',
    'Exit status: 0 done, 1 failed, 2 wrong usage.',
    '',
  ].join('\n');
}

/** `copydesk <command> --help`: its synopsis, arguments and options. */
export function commandUsage(command: Command): string {
  const rows: [string, string][] = [
    ...command.positionals.map((p): [string, string] => [p.name, p.help]),
    ...Object.entries(command.flags).map(([name, spec]): [string, string] => [
      spec.type === 'string' ? `--${name} ${spec.value}` : `--${name}`,
      spec.help,
    ]),
    ['-h, --help', 'Show this help'],
  ];
  const width = Math.max(...rows.map(([left]) => left.length));
  return [
    `Usage: copydesk ${synopsis(command)}`,
    '',
    command.summary + '.',
    ...(command.details?.length ? ['', ...command.details] : []),
    '',
    ...rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`),
    '',
  ].join('\n');
}
