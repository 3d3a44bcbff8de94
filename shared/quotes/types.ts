import type { Speaker } from '../model/article';

/** A half-open range of JavaScript string indices into the analysed text. */
export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

/** Who a suggestion attributes the quote to, and where the text says so. */
export interface SuggestedSpeaker {
  /** Full name the mention resolves to ("he" and "Blinken" both give "Antony Blinken"). */
  name: string;
  /** The words that name or refer to the speaker for this quote. */
  mention: TextSpan;
}

/** One suggested quote with its evidence. */
export interface QuoteSuggestion {
  kind: 'direct' | 'indirect';
  /** For a direct quote, the words inside the quotation marks. */
  text: string;
  start: number;
  end: number;
  speaker: SuggestedSpeaker | null;
  /** The reporting verb or phrase the attribution used. */
  cue: TextSpan | null;
  /** 0..1; how sure the rules are that this is speech by this speaker. */
  confidence: number;
}

/** A cast member the detector can resolve mentions to. */
export type KnownSpeaker = Pick<Speaker, 'id' | 'fullName' | 'shortName' | 'pronoun'>;

/** Options for `detectQuotes`. */
export interface DetectOptions {
  /** BCP 47 tag of the text; decides how „ “ and » « pair. */
  language?: string;
  /** The story's cast; mentions resolve to these names first. */
  knownSpeakers?: readonly KnownSpeaker[];
}
