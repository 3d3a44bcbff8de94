import { contract, isChannel, type Handlers } from '../../shared/ipc/contract';
import type { ErrorCode, Result } from '../../shared/ipc/result';
import { describeIssues } from '../../shared/model/serialize';
import { ServiceError } from '../services/errors';

/** Logs failures that are not the caller's fault; the caller only ever sees a plain message. */
export type ErrorLog = (channel: string, err: unknown) => void;

const defaultLog: ErrorLog = (channel, err) => {
  console.error(`[copydesk] ${channel} failed:`, err);
};

function fail(code: ErrorCode, message: string): Result<never> {
  return { ok: false as const, error: { code, message } };
}

/**
 * Parses an untrusted payload for `channel`, runs its handler and wraps the
 * outcome. Never throws; never passes on paths from system errors or stacks.
 */
export async function dispatch(
  handlers: Handlers,
  channel: string,
  raw: unknown,
  log: ErrorLog = defaultLog,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('unknown-channel', `There is no channel named ${JSON.stringify(channel.slice(0, 80))}.`);
  const parsed = contract[channel].args.safeParse(raw ?? {});
  if (!parsed.success) return fail('invalid-argument', `${channel}: ${describeIssues(parsed.error)}`);
  try {
    const handler = handlers[channel] as (args: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (err) {
    if (err instanceof ServiceError) return fail(err.code, err.message);
    const code = (err as NodeJS.ErrnoException | null)?.code;
    log(channel, err);
    if (code === 'EACCES' || code === 'EPERM') return fail('io', 'Copydesk is not allowed to use that file.');
    if (code === 'ENOSPC') return fail('io', 'The disk is full. Nothing was changed.');
    if (typeof code === 'string') return fail('io', 'The file could not be read or written.');
    return fail('internal', 'Something went wrong. Nothing was changed.');
  }
}
