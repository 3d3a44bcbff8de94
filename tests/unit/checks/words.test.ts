import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyWordCount, countWordsInPieces, sameWords, segmentablePieces } from '../../../shared/checks/words';
import { articleWordCount } from '../../../shared/model/text';
import { countWords } from '../../../shared/text/count';
import { fixture } from './helpers';

describe('word counting for checks and history', () => {
  it('counts the same words as the library does, in pieces', () => {
    const word = fc.constantFrom('bus', 'don’t', 'قال', '東京都', '2025', ',', '.', ' ', '  ', '\n', '\r\n', 'e\u0301', '👩‍👩‍👧', '\t');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 2000 }), (parts) => {
        const text = parts.join('');
        expect(segmentablePieces(text).join('')).toBe(text);
        expect(countWordsInPieces(text)).toBe(countWords(text));
      }),
      { numRuns: 60 },
    );
  });

  it('gives the body word count of the story files', () => {
    for (const name of ['clean.story.json', 'problems.story.json']) {
      const story = fixture(name);
      expect(bodyWordCount(story)).toBe(articleWordCount(story));
    }
  });

  it('counts a 60,000-word paragraph without slowing down with its length', () => {
    const text = 'The board met on Monday and agreed to run the buses again. '.repeat(5000);
    const started = performance.now();
    expect(countWordsInPieces(text)).toBe(60_000);
    // Segmenting the whole string at once takes well over ten seconds here.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('compares the words of two quotes, not their spacing or punctuation', () => {
    expect(sameWords('We will, in time, win.', 'We  will in time win')).toBe(true);
    expect(sameWords('We will win.', 'We shall win.')).toBe(false);
    expect(sameWords('We will win.', 'we will win.')).toBe(false);
  });
});
