/** What the words inside a pair of quotation marks look like. */
export interface QuoteShape {
  words: number;
  /** Every main word capitalised, as in a title, a slogan or a name: “State of the Union”. */
  titleLike: boolean;
  /** Starts with a capital and ends with sentence punctuation or a comma. */
  sentenceLike: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'\u2019.-]*/gu;
const SMALL = new Set('a an the and or but nor of in on at to for by with from as vs via de la le du von van'.split(' '));

/** Measures the words of a quotation. */
export function quoteShape(content: string): QuoteShape {
  const words = content.match(WORD) ?? [];
  const trimmed = content.trim();
  const endsLikeSpeech = /[.!?,;:\u2026\u2014-]["'\u2019\u201d)]*$/.test(trimmed);
  let capitals = true;
  let smallCapitals = 0;
  for (const w of words) {
    if (!/^[\p{Lu}\p{N}]/u.test(w)) {
      if (SMALL.has(w.toLowerCase())) continue;
      capitals = false;
      break;
    }
    if (w.length <= 3 && !/^\p{Lu}+$/u.test(w)) smallCapitals++;
  }
  // "I’m Sick Of Men Telling Us What To Do": headline case, even with a full stop.
  const headline = capitals && words.length >= 4 && smallCapitals >= 2 && smallCapitals * 3 >= words.length;
  return {
    words: words.length,
    titleLike: headline || (capitals && words.length <= 8 && !/[.!?]["'\u2019\u201d)]*$/.test(trimmed)),
    sentenceLike: /^[\p{Lu}\p{N}[(\u2026.]/u.test(trimmed) && endsLikeSpeech,
  };
}
