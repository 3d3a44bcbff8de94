import { z } from 'zod';

/** Why a snapshot of a story was taken. */
export const SNAPSHOT_REASONS = ['save', 'status', 'interval', 'restore', 'manual'] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];

/** Who took a snapshot. */
export const historyAuthorSchema = z.strictObject({ name: z.string().max(200), initials: z.string().max(8) });
export type HistoryAuthor = z.infer<typeof historyAuthorSchema>;

/** One version in a story's history. */
export const versionEntrySchema = z.strictObject({
  /** Opaque id: the sequence number and the start of the content hash. */
  id: z.string().regex(/^\d{8,}-[0-9a-f]{8}$/),
  /** 1, 2, 3…: strictly increasing within a story, never reused. */
  seq: z.number().int().min(1),
  at: z.iso.datetime({ offset: true }),
  author: historyAuthorSchema,
  reason: z.enum(SNAPSHOT_REASONS),
  wordCount: z.number().int().min(0),
  /** sha256 of the story without its updatedAt stamp. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** For a restore: the version it brought back. */
  restoredFrom: z.number().int().min(1).optional(),
});
export type VersionEntry = z.infer<typeof versionEntrySchema>;
