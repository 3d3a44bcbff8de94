import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countCharacters, countWords, readingMinutes } from '../../../shared/text/count';

describe('counting words', () => {
  it('counts English and Arabic words alike, and not punctuation', () => {
    expect(countWords('The ferry — late again — “returned” on Monday.')).toBe(7);
    expect(countWords('عادت العبّارة إلى الميناء بعد عامين')).toBe(6);
    expect(countWords('')).toBe(0);
  });

  it('gives the same count for a long text as for its parts added up', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('word', 'كلمة', 'x', '—', ' ', '  ', '\n', 'don’t', 'e-mail'), { maxLength: 3000 }), (parts) => {
        const text = parts.join(' ');
        const byWord = text.split(/\s+/).reduce((n, w) => n + countWords(w), 0);
        expect(countWords(text)).toBe(byWord);
      }),
      { numRuns: 40 },
    );
  });

  it('counts user-perceived characters, also across the cuts made for long texts', () => {
    expect(countCharacters('e\u0301t\u00e9')).toBe(3);
    const long = 'é '.repeat(5000);
    expect(countCharacters(long)).toBe(10_000);
  });

  it('rounds reading time and never says zero minutes for some text', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(1150, 230)).toBe(5);
  });
});
