import { z } from 'zod';
import { articleSchema, CURRENT_SCHEMA_VERSION, type Article } from '../../../shared/model/article';
import { migrate, MigrationError } from '../../../shared/model/migrations';
import { describeIssues, serializeArticle } from '../../../shared/model/serialize';
import { sha256 } from '../workspace/hash';
import { versionEntrySchema, type VersionEntry } from './types';

const SNAPSHOT_FORMAT = 'copydesk-version';
const INDEX_FORMAT = 'copydesk-history-index';
const SEQ_DIGITS = 8;

/** Name of a story's history index inside its history folder. */
export const INDEX_FILE = 'index.json';

/** File name of the version with sequence number `seq`. */
export function versionFileName(seq: number): string {
  return `${String(seq).padStart(SEQ_DIGITS, '0')}.json`;
}

/** The sequence number a version file name stands for, or null. */
export function seqFromFileName(name: string): number | null {
  const match = /^(\d{8,})\.json$/.exec(name);
  if (!match) return null;
  const seq = Number(match[1]);
  return Number.isSafeInteger(seq) && seq >= 1 ? seq : null;
}

/** The sequence number inside a version id, or null when it is not one. */
export function seqFromVersionId(id: string): number | null {
  const match = /^(\d{8,})-[0-9a-f]{8}$/.exec(id);
  if (!match) return null;
  const seq = Number(match[1]);
  return Number.isSafeInteger(seq) && seq >= 1 ? seq : null;
}

/** The id of a version from its sequence number and content hash. */
export function versionId(seq: number, hash: string): string {
  return `${String(seq).padStart(SEQ_DIGITS, '0')}-${hash.slice(0, 8)}`;
}

/** sha256 of a story with its updatedAt stamp left out: a save that changed nothing else is the same content. */
export function contentHash(article: Article): string {
  return sha256(serializeArticle({ ...article, metadata: { ...article.metadata, updatedAt: '' } }));
}

/** The bytes of one version file: the entry that describes it, then the story. */
export function serializeSnapshot(entry: VersionEntry, article: Article): string {
  return `${JSON.stringify({ format: SNAPSHOT_FORMAT, entry, article: JSON.parse(serializeArticle(article)) as unknown }, null, 1)}\n`;
}

/** A version file that cannot be read back. */
export class SnapshotFormatError extends Error {
  override name = 'SnapshotFormatError';
}

const snapshotShape = z.object({ format: z.literal(SNAPSHOT_FORMAT), entry: versionEntrySchema, article: z.unknown() });

/** Parses and checks a version file; throws SnapshotFormatError. */
export function parseSnapshot(text: string): { entry: VersionEntry; article: Article } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new SnapshotFormatError(`not valid JSON (${(err as Error).message})`);
  }
  const shape = snapshotShape.safeParse(raw);
  if (!shape.success) throw new SnapshotFormatError(describeIssues(shape.error));
  const { entry } = shape.data;
  let migrated: Record<string, unknown>;
  try {
    migrated = migrate(shape.data.article);
  } catch (err) {
    if (err instanceof MigrationError) throw new SnapshotFormatError(err.message);
    throw err;
  }
  const parsed = articleSchema.safeParse(migrated);
  if (!parsed.success) throw new SnapshotFormatError(describeIssues(parsed.error));
  const wasCurrent = (shape.data.article as { schemaVersion?: unknown }).schemaVersion === CURRENT_SCHEMA_VERSION;
  // A migrated story hashes differently from the one snapshotted; only an unmigrated one can be checked.
  if (wasCurrent && contentHash(parsed.data) !== entry.hash) throw new SnapshotFormatError('content does not match its hash');
  return { entry, article: parsed.data };
}

const indexShape = z.object({
  format: z.literal(INDEX_FORMAT),
  uid: z.string(),
  lastSeq: z.number().int().min(0),
  entries: z.array(versionEntrySchema),
});

/** What a history index holds: a cache of the entries, rebuildable from the version files. */
export interface HistoryIndex {
  uid: string;
  lastSeq: number;
  entries: VersionEntry[];
}

/** Parses an index file, or returns null when it is missing, damaged or of another story. */
export function parseIndex(text: string | null, uid: string): HistoryIndex | null {
  if (text === null) return null;
  try {
    const parsed = indexShape.safeParse(JSON.parse(text));
    return parsed.success && parsed.data.uid === uid ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The bytes of an index file. */
export function serializeIndex(index: HistoryIndex): string {
  return `${JSON.stringify({ format: INDEX_FORMAT, ...index }, null, 1)}\n`;
}
