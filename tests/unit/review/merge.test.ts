import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/model/body';
import { blockText } from '../../../shared/model/text';
import { parseArticle } from '../../../shared/model/serialize';
import { alignBlocks, mergeArticles, mergeBlocks, type MergeSide } from '../../../shared/review/merge';
import { newText, oldText } from '../../../shared/review/word-diff';

const para = (text: string): Block => ({ type: 'paragraph', children: [{ text }] });
const texts = (blocks: readonly Block[]) => blocks.map(blockText);
const clean = parseArticle(readFileSync(new URL('../../fixtures/review/clean.story.json', import.meta.url), 'utf8'));

const base = ['The ferry sailed at dawn.', 'Crowds gathered at the pier.', 'The mayor spoke briefly.', 'Service resumes on Monday.'];

describe('alignBlocks', () => {
  it('pairs the paragraph each side changed and lines up the rest', () => {
    const mine = base.map(para);
    mine[0] = para('The ferry sailed at first light.');
    const theirs = base.map(para);
    theirs[2] = para('The mayor spoke for an hour.');
    const rows = alignBlocks(mine, theirs);
    expect(rows.map((r) => r.kind)).toEqual(['changed', 'same', 'changed', 'same']);
    const first = rows[0]!;
    if (first.kind !== 'changed') throw new Error(first.kind);
    expect(oldText(first.segments)).toBe('The ferry sailed at dawn.');
    expect(newText(first.segments)).toBe('The ferry sailed at first light.');
    expect(first.segments.some((s) => s.kind === 'delete' && s.text.includes('dawn'))).toBe(true);
  });

  it('keeps blocks only one side has as rows of their own', () => {
    const mine = [para('A'), para('Added by me.'), para('B')];
    const theirs = [para('A'), para('B'), para('Added on disk.')];
    const rows = alignBlocks(mine, theirs);
    expect(rows.map((r) => [r.kind, r.mine && blockText(r.mine), r.theirs && blockText(r.theirs)])).toEqual([
      ['same', 'A', 'A'],
      ['mine-only', 'Added by me.', null],
      ['same', 'B', 'B'],
      ['theirs-only', null, 'Added on disk.'],
    ]);
  });
});

describe('mergeBlocks', () => {
  const mine = [para('Mine one.'), para('Shared.'), para('Three as it was.'), para('Only mine.')];
  const theirs = [para('One as it was.'), para('Shared.'), para('Theirs three.'), para('Only theirs.'), para('Also theirs.')];

  it('takes mine for every changed row by default and drops no block', () => {
    const rows = alignBlocks(mine, theirs);
    const merged = texts(mergeBlocks(rows));
    expect(merged).toContain('Mine one.');
    expect(merged).toContain('Three as it was.');
    for (const kept of ['Shared.', 'Only mine.', 'Also theirs.']) expect(merged).toContain(kept);
    expect(merged).toHaveLength(rows.length);
    // Every block of either side is in the merge, or was the losing side of a changed row.
    const losers = rows.flatMap((r) => (r.kind === 'changed' ? [blockText(r.theirs)] : []));
    for (const t of [...texts(mine), ...texts(theirs)]) expect(merged.includes(t) || losers.includes(t)).toBe(true);
  });

  it('takes theirs where chosen, in place', () => {
    const rows = alignBlocks(mine, theirs);
    const third = rows.findIndex((r) => r.kind === 'changed' && blockText(r.theirs) === 'Theirs three.');
    expect(third).toBeGreaterThan(-1);
    const choices = new Map<number, MergeSide>([[third, 'theirs']]);
    const merged = texts(mergeBlocks(rows, choices));
    expect(merged.slice(0, 3)).toEqual(['Mine one.', 'Shared.', 'Theirs three.']);
    expect(merged).not.toContain('Three as it was.');
  });
});

describe('mergeArticles', () => {
  it('keeps comments and status moves from both sides', () => {
    const mine = structuredClone(clean);
    const theirs = structuredClone(clean);
    const by = { name: 'Ed Itor', initials: 'EI' };
    mine.comments = mine.comments.slice(0, 1);
    const mineIds = mine.comments.map((c) => c.id);
    theirs.comments = [{ id: 'c-disk', author: by, createdAt: '2026-01-02T00:00:00.000Z', text: 'Check this', resolved: false, anchorText: 'x', replies: [] }];
    theirs.statusLog = [{ status: 'edited', at: '2026-01-02T00:00:00.000Z', by }];
    mine.statusLog = [{ status: 'ready-for-edit', at: '2026-01-01T00:00:00.000Z', by }];
    const merged = mergeArticles(mine, theirs, [para('Body.')]);
    expect(merged.comments.map((c) => c.id)).toEqual([...mineIds, 'c-disk']);
    expect(merged.statusLog.map((e) => e.status)).toEqual(['ready-for-edit', 'edited']);
    expect(texts(merged.body)).toEqual(['Body.']);
  });
});
