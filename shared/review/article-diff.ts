import type { Article } from '../model/article';
import type { Block, BlockType } from '../model/body';
import { alignBodies } from './align';
import { blockDiffText } from './block-text';
import { diffStats, hasChanges, wordDiff, type DiffSegment, type DiffStats } from './word-diff';

/** How one body block differs between two versions. */
export interface BlockDiff {
  kind: 'equal' | 'changed' | 'insert' | 'delete';
  /** Index of the block in the older body; null for an inserted block. */
  from: number | null;
  /** Index of the block in the newer body; null for a deleted block. */
  to: number | null;
  /** The block's type in the newer version (the older one for a deleted block). */
  type: BlockType;
  segments: DiffSegment[];
}

/** A metadata field, other than headline and standfirst, whose value changed. */
export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

/** Everything that differs between two versions of a story. */
export interface ArticleDiff {
  headline: DiffSegment[];
  standfirst: DiffSegment[];
  body: BlockDiff[];
  fields: FieldChange[];
  /** Words inserted and deleted over headline, standfirst and body. */
  stats: DiffStats;
  changed: boolean;
}

function only(kind: 'equal' | 'insert' | 'delete', text: string): DiffSegment[] {
  return text === '' ? [] : [{ kind, text }];
}

function bodyDiff(a: readonly Block[], b: readonly Block[]): BlockDiff[] {
  return alignBodies(a, b).map((row): BlockDiff => {
    switch (row.kind) {
      case 'same':
        return { kind: 'equal', from: row.a, to: row.b, type: b[row.b]!.type, segments: only('equal', blockDiffText(b[row.b]!)) };
      case 'changed':
        return { kind: 'changed', from: row.a, to: row.b, type: b[row.b]!.type, segments: wordDiff(blockDiffText(a[row.a]!), blockDiffText(b[row.b]!)) };
      case 'a-only':
        return { kind: 'delete', from: row.a, to: null, type: a[row.a]!.type, segments: only('delete', blockDiffText(a[row.a]!)) };
      case 'b-only':
        return { kind: 'insert', from: null, to: row.b, type: b[row.b]!.type, segments: only('insert', blockDiffText(b[row.b]!)) };
    }
  });
}

function fieldValues(article: Article): Record<string, string> {
  const m = article.metadata;
  return {
    section: m.section,
    socialHeadline: m.socialHeadline,
    bylines: m.bylines.map((b) => (b.role ? `${b.name} (${b.role})` : b.name)).join(', '),
    dateline: [m.dateline.place, m.dateline.date].filter(Boolean).join(', '),
    slug: m.slug,
    tags: m.tags.join(', '),
    status: m.status,
    targetWords: m.targetWords === null ? '' : String(m.targetWords),
  };
}

/** Diffs two versions of a story: headline, standfirst, the body block by block, and other changed fields. */
export function articleDiff(a: Article, b: Article): ArticleDiff {
  const headline = wordDiff(a.metadata.headline, b.metadata.headline);
  const standfirst = wordDiff(a.metadata.standfirst, b.metadata.standfirst);
  const body = bodyDiff(a.body, b.body);
  const before = fieldValues(a);
  const after = fieldValues(b);
  const fields = Object.keys(after)
    .filter((field) => before[field] !== after[field])
    .map((field) => ({ field, from: before[field] ?? '', to: after[field] ?? '' }));
  const stats = [headline, standfirst, ...body.map((block) => block.segments)]
    .map(diffStats)
    .reduce((sum, s) => ({ inserted: sum.inserted + s.inserted, deleted: sum.deleted + s.deleted }), { inserted: 0, deleted: 0 });
  const changed =
    hasChanges(headline) || hasChanges(standfirst) || body.some((block) => block.kind !== 'equal') || fields.length > 0;
  return { headline, standfirst, body, fields, stats, changed };
}
