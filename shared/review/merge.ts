import type { Article } from '../model/article';
import type { Block } from '../model/body';
import { alignBodies } from './align';
import { blockDiffText } from './block-text';
import { wordDiff, type DiffSegment } from './word-diff';

/** One row of two bodies lined up: the same block on both sides, a block each side changed, or a block only one side has. */
export type AlignedBlock =
  | { kind: 'same'; mine: Block; theirs: Block }
  | { kind: 'changed'; mine: Block; theirs: Block; segments: DiffSegment[] }
  | { kind: 'mine-only'; mine: Block; theirs: null }
  | { kind: 'theirs-only'; mine: null; theirs: Block };

/** Which side a changed row takes in a merge. */
export type MergeSide = 'mine' | 'theirs';

/** Lines up my body with the one on disk (see alignBodies); the word diff of a changed row goes from theirs (older) to mine. */
export function alignBlocks(mine: readonly Block[], theirs: readonly Block[]): AlignedBlock[] {
  return alignBodies(mine, theirs).map((row): AlignedBlock => {
    switch (row.kind) {
      case 'same':
        return { kind: 'same', mine: mine[row.a]!, theirs: theirs[row.b]! };
      case 'changed': {
        const [m, t] = [mine[row.a]!, theirs[row.b]!];
        return { kind: 'changed', mine: m, theirs: t, segments: wordDiff(blockDiffText(t), blockDiffText(m)) };
      }
      case 'a-only':
        return { kind: 'mine-only', mine: mine[row.a]!, theirs: null };
      case 'b-only':
        return { kind: 'theirs-only', mine: null, theirs: theirs[row.b]! };
    }
  });
}

/**
 * The merged body: each changed row takes the side chosen for it (mine unless `choices`
 * says theirs), and a block only one side has is always kept.
 */
export function mergeBlocks(rows: readonly AlignedBlock[], choices: ReadonlyMap<number, MergeSide> = new Map()): Block[] {
  return rows.map((row, index) => {
    if (row.kind === 'theirs-only') return row.theirs;
    if (row.kind === 'changed' && choices.get(index) === 'theirs') return row.theirs;
    return row.mine;
  });
}

function unionBy<T>(first: readonly T[], second: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set(first.map(key));
  return [...first, ...second.filter((item) => !seen.has(key(item)))];
}

/**
 * My article with the merged body. Comments, suggestions and status moves the disk side
 * has and mine lacks are added, so none is dropped; the status log stays oldest first.
 */
export function mergeArticles(mine: Article, theirs: Article, body: Block[]): Article {
  const statusLog = unionBy(mine.statusLog, theirs.statusLog, (e) => `${e.at}\u0000${e.status}\u0000${e.by.name}`).sort((a, b) =>
    a.at < b.at ? -1 : a.at > b.at ? 1 : 0,
  );
  return {
    ...mine,
    body,
    comments: unionBy(mine.comments, theirs.comments, (c) => c.id),
    suggestions: unionBy(mine.suggestions, theirs.suggestions, (s) => s.id),
    statusLog,
  };
}
