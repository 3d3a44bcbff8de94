import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffStats, newText, oldText, wordDiff } from '../../../shared/review/word-diff';

describe('wordDiff', () => {
  it('marks a replaced word as a deletion and an insertion, keeping the rest', () => {
    expect(wordDiff('The council met on Monday.', 'The council met on Tuesday.')).toEqual([
      { kind: 'equal', text: 'The council met on ' },
      { kind: 'delete', text: 'Monday' },
      { kind: 'insert', text: 'Tuesday' },
      { kind: 'equal', text: '.' },
    ]);
  });

  it('shows an added phrase as one insertion', () => {
    const segments = wordDiff('Buses run at night.', 'Buses run late at night.');
    expect(segments.filter((s) => s.kind !== 'equal')).toEqual([{ kind: 'insert', text: 'late ' }]);
    expect(diffStats(segments)).toEqual({ inserted: 1, deleted: 0 });
  });

  it('shows removed words as one deletion and counts them', () => {
    const segments = wordDiff('The long and costly repairs are done.', 'The repairs are done.');
    expect(segments.filter((s) => s.kind === 'delete').map((s) => s.text.trim())).toEqual(['long and costly']);
    expect(diffStats(segments)).toEqual({ inserted: 0, deleted: 3 });
  });

  it('gives one equal run for equal texts and nothing for two empty ones', () => {
    expect(wordDiff('Same words.', 'Same words.')).toEqual([{ kind: 'equal', text: 'Same words.' }]);
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('', 'New text')).toEqual([{ kind: 'insert', text: 'New text' }]);
  });

  it('works on Arabic text', () => {
    const segments = wordDiff('قال الوزير إن الميناء سيفتح غدا', 'قال الوزير إن الميناء سيفتح اليوم');
    expect(segments.filter((s) => s.kind !== 'equal')).toEqual([
      { kind: 'delete', text: 'غدا' },
      { kind: 'insert', text: 'اليوم' },
    ]);
  });

  it('can always rebuild both texts from the segments', () => {
    const text = fc.array(fc.constantFrom('a', 'bus', 'night', ' ', ', ', '.', '\n', 'é', 'قال'), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const segments = wordDiff(a, b);
        expect(oldText(segments)).toBe(a);
        expect(newText(segments)).toBe(b);
        for (let i = 1; i < segments.length; i++) expect(segments[i]!.kind).not.toBe(segments[i - 1]!.kind);
      }),
      { numRuns: 300 },
    );
  });
});
