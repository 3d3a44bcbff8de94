import { diffArrays } from 'diff';
import type { Article } from '../model/article';
import type { Block } from '../model/body';
import { blockDiffText, blockKey } from './block-text';
import { wordDiff, type DiffSegment } from './word-diff';

/** One row of two bodies lined up: the same block on both sides, a block each side changed, or a block only one side has. */
export type AlignedBlock =
  | { kind: 'same'; mine: Block; theirs: Block }
  | { kind: 'changed'; mine: Block; theirs: Block; segments: DiffSegment[] }
  | { kind: 'mine-only'; mine: Block; theirs: null }
  | { kind: 'theirs-only'; mine: null; theirs: Block };

/** Which side a changed row takes in a merge. */
export type MergeSide = 'mine' | 'theirs';

/**
 * Lines up two bodies by a diff of their block texts. A run of blocks only one side has next
 * to a run only the other has is read as edits, paired in order; the word diff of a changed
 * row goes from theirs (older on disk) to mine.
 */
export function alignBlocks(mine: readonly Block[], theirs: readonly Block[]): AlignedBlock[] {
  const rows: AlignedBlock[] = [];
  let onlyMine: Block[] = [];
  let onlyTheirs: Block[] = [];
  const flush = () => {
    const pairs = Math.min(onlyMine.length, onlyTheirs.length);
    for (let k = 0; k < pairs; k++) {
      const m = onlyMine[k]!;
      const t = onlyTheirs[k]!;
      rows.push({ kind: 'changed', mine: m, theirs: t, segments: wordDiff(blockDiffText(t), blockDiffText(m)) });
    }
    for (const m of onlyMine.slice(pairs)) rows.push({ kind: 'mine-only', mine: m, theirs: null });
    for (const t of onlyTheirs.slice(pairs)) rows.push({ kind: 'theirs-only', mine: null, theirs: t });
    onlyMine = [];
    onlyTheirs = [];
  };
  let i = 0;
  let j = 0;
  for (const change of diffArrays(mine.map(blockKey), theirs.map(blockKey))) {
    const n = change.value.length;
    if (change.removed) {
      onlyMine.push(...mine.slice(i, i + n));
      i += n;
    } else if (change.added) {
      onlyTheirs.push(...theirs.slice(j, j + n));
      j += n;
    } else {
      flush();
      for (let k = 0; k < n; k++) rows.push({ kind: 'same', mine: mine[i + k]!, theirs: theirs[j + k]! });
      i += n;
      j += n;
    }
  }
  flush();
  return rows;
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
