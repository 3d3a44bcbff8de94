import type { ErrorCode } from '../../shared/ipc/result';

/** A failure a service reports on purpose: its code and message may cross to the renderer. */
export class ServiceError extends Error {
  override name = 'ServiceError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** True when `err` is a Node file-system error with this `code` (ENOENT, EEXIST…). */
export function isErrno(err: unknown, code: string): boolean {
  return (err as NodeJS.ErrnoException | null)?.code === code;
}
