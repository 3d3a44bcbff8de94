import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../shared/quotes';

describe('splitting sentences', () => {
  it('does not end a sentence at a title, an initial or U.S.', () => {
    const text = 'Sen. Ted Cruz met Mr. J. Smith in the U.S. capital. They talked for an hour.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Sen. Ted Cruz met Mr. J. Smith in the U.S. capital.',
      'They talked for an hour.',
    ]);
  });

  it('keeps a quotation inside the sentence that reports it', () => {
    const text = '“We are done. We are going home,” she said. The room was quiet.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['“We are done. We are going home,” she said.', 'The room was quiet.']);
  });

  it('ends a sentence at a paragraph break and gives offsets into the text', () => {
    const text = 'First paragraph without a full stop\n\nSecond one.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['First paragraph without a full stop', 'Second one.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
