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
