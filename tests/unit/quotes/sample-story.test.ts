import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../shared/quotes';

const story = readFileSync(new URL('../../../../shared/seeds/sample-wire-story.txt', import.meta.url), 'utf8');
const suggestions = detectQuotes(story, { language: 'en' });
const direct = suggestions.filter((s) => s.kind === 'direct');
const indirect = suggestions.filter((s) => s.kind === 'indirect');

describe('the sample wire story', () => {
  it('finds all seven direct quotes, each the words between its marks', () => {
    expect(direct).toHaveLength(7);
    for (const q of direct) {
      expect(story.slice(q.start, q.end)).toBe(q.text);
      expect(story[q.start - 1]).toMatch(/[“"]/);
      expect(story[q.end]).toMatch(/[”"]/);
    }
  });

  it('attributes four quotes to Antony Blinken and three to Liz Truss', () => {
    const names = direct.map((q) => q.speaker?.name);
    expect(names.filter((n) => n === 'Antony Blinken')).toHaveLength(4);
    expect(names.filter((n) => n === 'Liz Truss')).toHaveLength(3);
  });

  it('keeps quotes in story order, each speaker in one run', () => {
    const names = direct.map((q) => q.speaker?.name);
    expect(names).toEqual([...Array(4).fill('Antony Blinken'), ...Array(3).fill('Liz Truss')]);
  });

  it('gives every quote its evidence: a cue and a mention at their places in the text', () => {
    for (const q of direct) {
      expect(q.cue).not.toBeNull();
      expect(q.speaker).not.toBeNull();
      const { mention } = q.speaker!;
      expect(story.slice(mention.start, mention.end)).toBe(mention.text);
      expect(story.slice(q.cue!.start, q.cue!.end)).toBe(q.cue!.text);
      expect(q.confidence).toBeGreaterThan(0.5);
      expect(q.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('resolves "he" and "she" to the speaker they refer to', () => {
    const pronouns = direct.filter((q) => /^(he|she)$/i.test(q.speaker!.mention.text));
    expect(pronouns.length).toBeGreaterThanOrEqual(5);
    for (const q of pronouns) {
      expect(q.speaker!.name).toBe(/^he$/i.test(q.speaker!.mention.text) ? 'Antony Blinken' : 'Liz Truss');
    }
  });

  it('finds the reported speech as indirect quotes of the right speaker', () => {
    const confirmed = indirect.find((s) => s.text.startsWith('America entering'));
    expect(confirmed?.speaker?.name).toBe('Antony Blinken');
    expect(confirmed?.cue?.text).toBe('confirmed');
    const stated = indirect.find((s) => /^Russia['’]s war/.test(s.text));
    expect(stated?.speaker?.name).toBe('Liz Truss');
    expect(stated?.cue?.text).toBe('stated');
    for (const s of indirect) expect(story.slice(s.start, s.end)).toBe(s.text);
  });

  it('resolves mentions to the names of a known cast', () => {
    const cast = [
      { id: 'ab', fullName: 'Antony J. Blinken', shortName: 'Blinken', pronoun: 'he' as const },
      { id: 'lt', fullName: 'Elizabeth Truss', shortName: 'Liz Truss', pronoun: 'she' as const },
    ];
    const names = detectQuotes(story, { knownSpeakers: cast })
      .filter((s) => s.kind === 'direct')
      .map((s) => s.speaker?.name);
    expect(names).toEqual([...Array(4).fill('Antony J. Blinken'), ...Array(3).fill('Elizabeth Truss')]);
  });
});
