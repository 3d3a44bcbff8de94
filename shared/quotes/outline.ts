import { sentenceEnds } from './sentences';
import type { Token } from './tokens';

/** Token-level view of a text shared by the attribution rules. */
export interface Outline {
  text: string;
  tokens: readonly Token[];
  /** `ends[i]`: a sentence ends after token i. */
  ends: readonly boolean[];
  /** `firsts[i]` / `lasts[i]`: the first and last token of the sentence holding token i. */
  firsts: Int32Array;
  lasts: Int32Array;
}

/** Builds the outline of a tokenised text, with its sentence boundaries. */
export function makeOutline(text: string, tokens: readonly Token[]): Outline {
  const ends = sentenceEnds(text, tokens);
  const firsts = new Int32Array(tokens.length);
  const lasts = new Int32Array(tokens.length);
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    firsts[i] = first;
    if (ends[i]) first = i + 1;
  }
  let last = tokens.length - 1;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (ends[i]) last = i;
    lasts[i] = last;
  }
  return { text, tokens, ends, firsts, lasts };
}

/** Index of the first token of the sentence holding token `i`. */
export function sentenceStart(o: Outline, i: number): number {
  return i <= 0 ? 0 : i >= o.tokens.length ? (o.ends[o.tokens.length - 1] ? o.tokens.length : o.firsts[o.tokens.length - 1]!) : o.firsts[i]!;
}

/** Index of the last token of the sentence holding token `i`. */
export function sentenceEnd(o: Outline, i: number): number {
  return i >= o.tokens.length ? o.tokens.length - 1 : o.lasts[Math.max(0, i)]!;
}
