/** Counts of a text, done with Intl.Segmenter so Arabic and English count alike. */
export interface TextCounts {
  words: number;
  characters: number;
}

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Number of words in `text`. */
export function countWords(text: string): number {
  let words = 0;
  for (const segment of wordSegmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}

/** Number of user-perceived characters in `text`. */
export function countCharacters(text: string): number {
  let n = 0;
  for (const _ of graphemeSegmenter.segment(text)) n++;
  return n;
}

/** Minutes to read `words` at `wordsPerMinute`, at least one for any text. */
export function readingMinutes(words: number, wordsPerMinute = 230): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / wordsPerMinute));
}
