/** Counts of a text, done with Intl.Segmenter so Arabic and English count alike. */
export interface TextCounts {
  words: number;
  characters: number;
}

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

const PIECE = 500;

/**
 * Cuts `text` into pieces of about PIECE characters at white space. ICU's
 * segmenter slows down with the square of the string's length, so long texts
 * are segmented piece by piece; a cut at white space never splits a word.
 */
export function* textPieces(text: string): Generator<string> {
  let start = 0;
  while (text.length - start > PIECE) {
    let cut = start + PIECE;
    while (cut < text.length && !/\s/.test(text[cut]!)) cut++;
    yield text.slice(start, cut);
    start = cut;
  }
  if (start < text.length) yield text.slice(start);
}

/** The word segmenter's segments of `text` (words, spaces, punctuation), in order; each `index` counts from its piece. */
export function* wordSegments(text: string): Generator<Intl.SegmentData> {
  for (const piece of textPieces(text)) yield* wordSegmenter.segment(piece);
}

/** Number of words in `text`. */
export function countWords(text: string): number {
  let words = 0;
  for (const segment of wordSegments(text)) if (segment.isWordLike) words++;
  return words;
}

/** Number of user-perceived characters in `text`. */
export function countCharacters(text: string): number {
  let n = 0;
  for (const piece of textPieces(text)) for (const _ of graphemeSegmenter.segment(piece)) n++;
  return n;
}

/** The reading speed a newsroom starts with, in words a minute. */
export const DEFAULT_WORDS_PER_MINUTE = 230;

/** Minutes to read `words` at `wordsPerMinute`, at least one for any text. */
export function readingMinutes(words: number, wordsPerMinute = DEFAULT_WORDS_PER_MINUTE): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / wordsPerMinute));
}
