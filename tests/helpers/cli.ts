import type { CliIo } from '../../electron/cli/io';
import { run, type RunOptions } from '../../electron/cli/run';

/** What one in-process run of the command line printed, and its exit code. */
export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** Runs the command line in this process from `cwd`, capturing what it prints. */
export async function runCli(
  argv: readonly string[],
  io: Pick<CliIo, 'cwd'> & Partial<Pick<CliIo, 'env' | 'isTTY'>>,
  options?: RunOptions,
): Promise<CliResult> {
  let out = '';
  let err = '';
  const code = await run(
    argv,
    { out: (t) => void (out += t), err: (t) => void (err += t), cwd: io.cwd, env: io.env ?? {}, isTTY: io.isTTY },
    options,
  );
  return { code, out, err };
}
