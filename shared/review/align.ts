import { diffArrays } from 'diff';
import type { Block } from '../model/body';
import { blockKey } from './block-text';

/** One row of two bodies lined up, by block index: the same block, one block edited, or a block only one side has. */
export type AlignedRow =
  | { kind: 'same' | 'changed'; a: number; b: number }
  | { kind: 'a-only'; a: number; b: null }
  | { kind: 'b-only'; a: null; b: number };

/**
 * Lines up two bodies by a diff of their blocks. A run of blocks only `a` has next to a run
 * only `b` has is read as edits, paired in order; what is left over stays one-sided.
 */
export function alignBodies(a: readonly Block[], b: readonly Block[]): AlignedRow[] {
  const rows: AlignedRow[] = [];
  let onlyA: number[] = [];
  let onlyB: number[] = [];
  const flush = () => {
    const pairs = Math.min(onlyA.length, onlyB.length);
    for (let k = 0; k < pairs; k++) rows.push({ kind: 'changed', a: onlyA[k]!, b: onlyB[k]! });
    for (const i of onlyA.slice(pairs)) rows.push({ kind: 'a-only', a: i, b: null });
    for (const j of onlyB.slice(pairs)) rows.push({ kind: 'b-only', a: null, b: j });
    onlyA = [];
    onlyB = [];
  };
  let i = 0;
  let j = 0;
  for (const change of diffArrays(a.map(blockKey), b.map(blockKey))) {
    const n = change.value.length;
    if (change.removed) {
      for (let k = 0; k < n; k++) onlyA.push(i++);
    } else if (change.added) {
      for (let k = 0; k < n; k++) onlyB.push(j++);
    } else {
      flush();
      for (let k = 0; k < n; k++) rows.push({ kind: 'same', a: i++, b: j++ });
    }
  }
  flush();
  return rows;
}
