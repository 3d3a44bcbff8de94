import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameWords } from '../../../shared/checks/words';
import { countWords, textPieces } from '../../../shared/text/count';

describe('word counting', () => {
  it('cuts a text into pieces that lose nothing and split no word', () => {
    const word = fc.constantFrom('bus', 'don’t', 'قال', '東京都', '2025', ',', '.', ' ', '  ', '\n', '\r\n', 'e\u0301', '👩‍👩‍👧', '\t');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 2000 }), (parts) => {
        const text = parts.join('');
        const pieces = [...textPieces(text)];
        expect(pieces.join('')).toBe(text);
        expect(pieces.reduce((sum, piece) => sum + countWords(piece), 0)).toBe(countWords(text));
      }),
      { numRuns: 60 },
    );
  });

  it('counts a 60,000-word paragraph', () => {
    const text = 'The board met on Monday and agreed to run the buses again. '.repeat(5000);
    expect(countWords(text)).toBe(60_000);
  });

  it('compares the words of two quotes, not their spacing or punctuation', () => {
    expect(sameWords('We will, in time, win.', 'We  will in time win')).toBe(true);
    expect(sameWords('We will win.', 'We shall win.')).toBe(false);
    expect(sameWords('We will win.', 'we will win.')).toBe(false);
  });
});
