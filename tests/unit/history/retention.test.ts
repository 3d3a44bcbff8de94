import { describe, expect, it } from 'vitest';
import { selectForRetention } from '../../../electron/services/history/retention';
import { DEFAULT_RETENTION } from '../../../electron/services/history/types';

const NOW = new Date('2025-06-30T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;

/** Versions at the given ages (days before NOW), numbered in time order. */
function versions(...ages: number[]) {
  return ages
    .map((age) => new Date(NOW.getTime() - age * DAY).toISOString())
    .sort()
    .map((at, i) => ({ seq: i + 1, at }));
}

const seqs = (list: { seq: number }[]) => list.map((v) => v.seq);

describe('selectForRetention', () => {
  it('keeps everything younger than 30 days', () => {
    const all = versions(29.9, 20, 20.01, 20.02, 1, 0.001);
    expect(selectForRetention(all, NOW)).toEqual({ keep: all, drop: [] });
  });

  it('keeps only the last version of each day past 30 days', () => {
    // 2025-05-20 at 08:00, 10:00, 14:00; 2025-05-25 at 09:00, 09:30; then recent ones.
    const at = (iso: string, seq: number) => ({ seq, at: iso });
    const all = [
      at('2025-05-20T08:00:00.000Z', 1),
      at('2025-05-20T10:00:00.000Z', 2),
      at('2025-05-20T14:00:00.000Z', 3),
      at('2025-05-25T09:00:00.000Z', 4),
      at('2025-05-25T09:30:00.000Z', 5),
      at('2025-06-29T09:00:00.000Z', 6),
      at('2025-06-29T09:05:00.000Z', 7),
    ];
    const { keep, drop } = selectForRetention(all, NOW);
    expect(seqs(keep)).toEqual([3, 5, 6, 7]);
    expect(seqs(drop)).toEqual([1, 2, 4]);
  });

  it('decides where a day starts by the configured offset', () => {
    const all = [
      { seq: 1, at: '2025-05-20T21:30:00.000Z' },
      { seq: 2, at: '2025-05-20T22:30:00.000Z' },
      { seq: 3, at: '2025-06-30T11:00:00.000Z' },
    ];
    expect(seqs(selectForRetention(all, NOW).keep)).toEqual([2, 3]);
    // At UTC+2, 22:30 UTC is already the next day: both stay.
    expect(seqs(selectForRetention(all, NOW, { ...DEFAULT_RETENTION, utcOffsetMinutes: 120 }).keep)).toEqual([1, 2, 3]);
  });

  it('always keeps the newest version, however old', () => {
    const all = versions(400, 200.01, 200);
    expect(seqs(selectForRetention(all, NOW).keep)).toEqual([1, 3]);
    expect(seqs(selectForRetention(all, NOW, { ...DEFAULT_RETENTION, maxAgeDays: 90 }).keep)).toEqual([3]);
  });

  it('honours other policies: a shorter window, no thinning, a maximum age', () => {
    const all = versions(100, 100.01, 10, 10.01, 2, 2.01, 0);
    expect(seqs(selectForRetention(all, NOW, { ...DEFAULT_RETENTION, keepAllDays: 7 }).keep)).toEqual([2, 4, 5, 6, 7]);
    expect(seqs(selectForRetention(all, NOW, { ...DEFAULT_RETENTION, dailyAfter: false }).keep)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(seqs(selectForRetention(all, NOW, { ...DEFAULT_RETENTION, maxAgeDays: 60 }).keep)).toEqual([3, 4, 5, 6, 7]);
  });

  it('keeps a version whose time cannot be read rather than guess', () => {
    const all = [{ seq: 1, at: 'not a date' }, ...versions(0).map((v) => ({ ...v, seq: 2 }))];
    expect(seqs(selectForRetention(all, NOW).keep)).toEqual([1, 2]);
  });
});
