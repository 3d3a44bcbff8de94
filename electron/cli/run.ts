import { openWorkspaceStore } from '../services/workspace/store';
import { parseCommandArgs, wantsHelp } from './args';
import type { Command } from './command';
import { COMMANDS } from './commands';
import { EXIT, expectedMessage, oneLine, UsageError } from './errors';
import type { CliContext, CliIo } from './io';
import { commandUsage, generalUsage } from './usage';

/** What `run` may be given instead of the real services (tests). */
export interface RunOptions {
  commands?: readonly Command[];
  openStore?: CliContext['openStore'];
}

const HINT = "(see 'copydesk --help')";

async function dispatch(argv: readonly string[], ctx: CliContext, commands: readonly Command[]): Promise<void> {
  const [name, ...rest] = argv;
  if (name === undefined) throw new UsageError(`missing command ${HINT}`);
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    const command = topic === undefined ? undefined : commands.find((c) => c.name === topic);
    if (topic !== undefined && !command) throw new UsageError(`unknown command '${topic}' ${HINT}`);
    ctx.io.out(command ? commandUsage(command) : generalUsage(commands));
    return;
  }
  if (name.startsWith('-')) throw new UsageError(`unknown option ${name}; a command comes first ${HINT}`);
  const command = commands.find((c) => c.name === name);
  if (!command) throw new UsageError(`unknown command '${name}' ${HINT}`);
  if (wantsHelp(rest)) {
    ctx.io.out(commandUsage(command));
    return;
  }
  await command.run(parseCommandArgs(command, rest), ctx);
}

/** Runs one command line and returns the exit status; errors become one line on stderr. */
export async function run(argv: readonly string[], io: CliIo, options: RunOptions = {}): Promise<number> {
  const ctx: CliContext = { io, openStore: options.openStore ?? ((root) => openWorkspaceStore(root)) };
  try {
    await dispatch(argv, ctx, options.commands ?? COMMANDS);
    return EXIT.ok;
  } catch (err) {
    const message = expectedMessage(err);
    if (message !== null) {
      io.err(`copydesk: ${oneLine(message)}\n`);
      return err instanceof UsageError ? EXIT.usage : EXIT.failure;
    }
    const reason = err instanceof Error ? err.message : String(err);
    io.err(`copydesk: unexpected error: ${oneLine(reason)}\n`);
    if (io.env['COPYDESK_DEBUG'] && err instanceof Error && err.stack) io.err(`${err.stack}\n`);
    return EXIT.failure;
  }
}
