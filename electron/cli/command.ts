import type { CliContext } from './io';

/** One `--name` option of a command. */
export type FlagSpec =
  | { readonly type: 'string'; readonly value: string; readonly help: string; readonly required?: boolean }
  | { readonly type: 'boolean'; readonly help: string };

export type FlagSpecs = { readonly [name: string]: FlagSpec };

/** One required positional argument, named in upper case in the usage line. */
export interface PositionalSpec {
  readonly name: string;
  readonly help: string;
}

/** The values of a command's options, typed from its spec. */
export type FlagValues<F extends FlagSpecs> = {
  -readonly [K in keyof F]: F[K] extends { type: 'boolean' }
    ? boolean
    : F[K] extends { required: true }
      ? string
      : string | undefined;
};

/** The values of a command's positional arguments, by name. */
export type PositionalValues<P extends readonly PositionalSpec[]> = { [K in P[number]['name']]: string };

/** Arguments after parsing and checking against the command's spec. */
export interface ParsedArgs<F extends FlagSpecs, P extends readonly PositionalSpec[]> {
  flags: FlagValues<F>;
  args: PositionalValues<P>;
}

/** A command of the `copydesk` command line. */
export interface Command<
  F extends FlagSpecs = FlagSpecs,
  P extends readonly PositionalSpec[] = readonly PositionalSpec[],
> {
  readonly name: string;
  readonly summary: string;
  readonly flags: F;
  readonly positionals: P;
  /** Extra lines for `copydesk <command> --help`. */
  readonly details?: readonly string[];
  run(parsed: ParsedArgs<F, P>, ctx: CliContext): Promise<void>;
}

/** Declares a command; the spec's literal types flow into `run`'s arguments. */
export function defineCommand<const F extends FlagSpecs, const P extends readonly PositionalSpec[]>(
  command: Command<F, P>,
): Command<F, P> {
  return command;
}
