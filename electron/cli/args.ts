import type { Command, FlagSpec, FlagSpecs, ParsedArgs, PositionalSpec } from './command';
import { UsageError } from './errors';

function flagUsage(name: string, spec: FlagSpec): string {
  return spec.type === 'string' ? `--${name} ${spec.value}` : `--${name}`;
}

/** The one-line synopsis of a command, e.g. `show FILE [--json]`. */
export function synopsis(command: Command): string {
  const parts = [command.name, ...command.positionals.map((p) => p.name)];
  for (const [name, spec] of Object.entries(command.flags)) {
    const text = flagUsage(name, spec);
    parts.push(spec.type === 'string' && spec.required ? text : `[${text}]`);
  }
  return parts.join(' ');
}

/** True when the arguments ask for help (`--help` or `-h` before any `--`). */
export function wantsHelp(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}

/** Parses a command's arguments against its spec; throws UsageError naming the first problem. */
export function parseCommandArgs<F extends FlagSpecs, P extends readonly PositionalSpec[]>(
  command: Command<F, P>,
  argv: readonly string[],
): ParsedArgs<F, P> {
  const flags = new Map<string, string | boolean>();
  const positionals: string[] = [];
  let optionsEnded = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (!arg.startsWith('--')) throw new UsageError(`unknown option ${arg} for '${command.name}'`);
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    const spec = Object.hasOwn(command.flags, name) ? command.flags[name] : undefined;
    if (!spec) throw new UsageError(`unknown option --${name} for '${command.name}'`);
    if (flags.has(name)) throw new UsageError(`--${name} is given more than once`);
    if (spec.type === 'boolean') {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      flags.set(name, true);
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      // "--workspace --headline X" forgot the value; say so rather than take "--headline" as a folder.
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value (${spec.value})`);
      i++;
    }
    flags.set(name, value);
  }

  const values: Record<string, string | boolean | undefined> = {};
  for (const [name, spec] of Object.entries(command.flags)) {
    const value = flags.get(name);
    if (spec.type === 'boolean') values[name] = value === true;
    else {
      if (spec.required && (value === undefined || (value as string).trim() === '')) {
        throw new UsageError(
          value === undefined ? `'${command.name}' needs --${name} ${spec.value}` : `--${name} must not be empty`,
        );
      }
      values[name] = value;
    }
  }

  const named: Record<string, string> = {};
  command.positionals.forEach((spec, index) => {
    const value = positionals[index];
    if (value === undefined || value === '') throw new UsageError(`'${command.name}' needs ${spec.name}`);
    named[spec.name] = value;
  });
  const extra = positionals[command.positionals.length];
  if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}' for '${command.name}'`);

  return { flags: values, args: named } as unknown as ParsedArgs<F, P>;
}
