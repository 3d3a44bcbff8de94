import { z } from 'zod';
import { articleSchema, type Article } from './article';
import { migrate, MigrationError } from './migrations';

/** Files larger than this are refused before parsing. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

/** The extension of a story file inside a workspace. */
export const ARTICLE_EXTENSION = '.story.json';

const KEY_RANK: Record<string, number> = {
  schemaVersion: 0,
  uid: 1,
  id: 2,
  type: 3,
  metadata: 4,
  speakers: 5,
  body: 6,
  comments: 7,
  suggestions: 8,
  statusLog: 9,
  text: 10,
  children: 1000,
};

function compareKeys(a: string, b: string): number {
  const ra = KEY_RANK[a] ?? 500;
  const rb = KEY_RANK[b] ?? 500;
  return ra !== rb ? ra - rb : a < b ? -1 : a > b ? 1 : 0;
}

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort(compareKeys)) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = ordered(v);
    }
    return out;
  }
  return value;
}

/** Pretty-printed JSON with a stable key order, so that `git diff` reads well. */
export function serializeArticle(article: Article): string {
  return JSON.stringify(ordered(article), null, 2) + '\n';
}

/** A story file that could not be read, with a reason a person can act on. */
export class ArticleFormatError extends Error {
  override name = 'ArticleFormatError';
}

/** Formats the first few zod issues as `field.path: message`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}

/** Parses, migrates and validates the text of a story file. */
export function parseArticle(text: string): Article {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    throw new ArticleFormatError(`not valid JSON (${(err as Error).message})`);
  }
  let doc: Record<string, unknown>;
  try {
    doc = migrate(raw);
  } catch (err) {
    if (err instanceof MigrationError) throw new ArticleFormatError(err.message);
    throw err;
  }
  const result = articleSchema.safeParse(doc);
  if (!result.success) throw new ArticleFormatError(describeIssues(result.error));
  return result.data;
}
