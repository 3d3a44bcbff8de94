import { diffArrays } from 'diff';
import type { Article } from '../model/article';
import type { Block, BlockType } from '../model/body';
import { blockDiffText, blockKey } from './block-text';
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
  const out: BlockDiff[] = [];
  let i = 0;
  let j = 0;
  let removed: number[] = [];
  let added: number[] = [];

  // A run of removed blocks next to a run of added ones is read as edits, paired in order.
  const flush = () => {
    const pairs = Math.min(removed.length, added.length);
    for (let k = 0; k < pairs; k++) {
      const from = removed[k]!;
      const to = added[k]!;
      out.push({ kind: 'changed', from, to, type: b[to]!.type, segments: wordDiff(blockDiffText(a[from]!), blockDiffText(b[to]!)) });
    }
    for (const from of removed.slice(pairs)) {
      out.push({ kind: 'delete', from, to: null, type: a[from]!.type, segments: only('delete', blockDiffText(a[from]!)) });
    }
    for (const to of added.slice(pairs)) {
      out.push({ kind: 'insert', from: null, to, type: b[to]!.type, segments: only('insert', blockDiffText(b[to]!)) });
    }
    removed = [];
    added = [];
  };

  for (const change of diffArrays(a.map(blockKey), b.map(blockKey))) {
    const count = change.value.length;
    if (change.removed) {
      for (let k = 0; k < count; k++) removed.push(i++);
    } else if (change.added) {
      for (let k = 0; k < count; k++) added.push(j++);
    } else {
      flush();
      for (let k = 0; k < count; k++, i++, j++) {
        out.push({ kind: 'equal', from: i, to: j, type: b[j]!.type, segments: only('equal', blockDiffText(b[j]!)) });
      }
    }
  }
  flush();
  return out;
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
