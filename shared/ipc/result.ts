import { z } from 'zod';

/** Error codes every channel may answer with. */
export const ERROR_CODES = [
  'invalid-argument',
  'unknown-channel',
  'forbidden',
  'not-found',
  'invalid-file',
  'too-large',
  'outside-workspace',
  'exists',
  'unsupported',
  'cancelled',
  'io',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A failure that crosses the process boundary: a code and a plain message, never a path or stack. */
export const apiErrorSchema = z.strictObject({ code: z.enum(ERROR_CODES), message: z.string() });
export type ApiError = z.infer<typeof apiErrorSchema>;

/** What every channel answers. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
