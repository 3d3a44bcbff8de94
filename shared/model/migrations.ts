import { CURRENT_SCHEMA_VERSION } from './article';

/** One named step that upgrades a stored story by one schema version. */
export interface Migration {
  readonly name: string;
  /** The version this migration produces; it reads `to - 1`. */
  readonly to: number;
  readonly up: (doc: Record<string, unknown>) => Record<string, unknown>;
}

/** Version 2 records who moved the story's status and when; stories from before start with an empty log. */
export const addStatusLog: Migration = {
  name: 'AddStatusLog',
  to: 2,
  up: (doc) => ({ ...doc, statusLog: [] }),
};

/**
 * Every migration, oldest first. A change to the format adds a named step
 * here and a fixture under tests/fixtures/articles/v<N>/ that it upgrades.
 */
export const MIGRATIONS: readonly Migration[] = [addStatusLog];

/** Why a document could not be brought to the current version. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Upgrades a parsed JSON document to `target`, refusing unknown or newer versions. */
export function migrate(
  raw: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = CURRENT_SCHEMA_VERSION,
): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new MigrationError('not a Copydesk story: the file is not a JSON object');
  }
  let doc = raw as Record<string, unknown>;
  const version = doc['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new MigrationError('not a Copydesk story: schemaVersion is missing or not a positive whole number');
  }
  if (version > target) {
    throw new MigrationError(
      `schemaVersion ${version} was written by a newer Copydesk (this one reads up to ${target})`,
    );
  }
  for (let v = version + 1; v <= target; v++) {
    const step = migrations.find((m) => m.to === v);
    if (!step) throw new MigrationError(`no migration to schemaVersion ${v}`);
    doc = { ...step.up(doc), schemaVersion: v };
  }
  return doc;
}
