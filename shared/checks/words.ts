import { wordSegments } from '../text/count';

/** The words of a text, in order, without spaces or punctuation. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const segment of wordSegments(text.normalize('NFC'))) if (segment.isWordLike) words.push(segment.segment);
  return words;
}

/** True when two texts hold the same words in the same order (spacing and punctuation aside). */
export function sameWords(a: string, b: string): boolean {
  const x = wordsOf(a);
  const y = wordsOf(b);
  return x.length === y.length && x.every((word, i) => word === y[i]);
}
