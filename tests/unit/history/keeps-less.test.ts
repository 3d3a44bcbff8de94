import { describe, expect, it } from 'vitest';
import { keepsLessThan, type RetentionSettings } from '../../../shared/model/version';

const policy = (keepAllDays: number, dailyAfter: boolean, maxAgeDays: number | null): RetentionSettings => ({ keepAllDays, dailyAfter, maxAgeDays });

describe('whether a new retention policy may delete versions the current one keeps', () => {
  it('says yes for a shorter keep-all period, one a day instead of all, or a new or shorter age limit', () => {
    expect(keepsLessThan(policy(7, true, null), policy(30, true, null))).toBe(true);
    expect(keepsLessThan(policy(30, true, null), policy(30, false, null))).toBe(true);
    expect(keepsLessThan(policy(30, true, 365), policy(30, true, null))).toBe(true);
    expect(keepsLessThan(policy(30, true, 100), policy(30, true, 365))).toBe(true);
  });

  it('says no when it keeps as much or more', () => {
    expect(keepsLessThan(policy(30, true, null), policy(30, true, null))).toBe(false);
    expect(keepsLessThan(policy(60, false, null), policy(30, true, 365))).toBe(false);
    // Keeping every version after the period makes its length irrelevant.
    expect(keepsLessThan(policy(7, false, null), policy(30, false, null))).toBe(false);
  });

  it('treats an unreadable current policy as keeping everything', () => {
    expect(keepsLessThan(policy(30, true, null), null)).toBe(true);
    expect(keepsLessThan(policy(30, false, null), null)).toBe(false);
  });
});
