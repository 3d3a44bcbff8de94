import type { Metadata } from '../model/article';

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** The story's language tag, or `und` (undetermined) when it is not a well-formed tag. */
export function languageTag(metadata: Pick<Metadata, 'language'>): string {
  return LANGUAGE_TAG.test(metadata.language) ? metadata.language : 'und';
}

/** The story's writing direction, `ltr` unless it says `rtl`. */
export function direction(metadata: Pick<Metadata, 'direction'>): 'ltr' | 'rtl' {
  return metadata.direction === 'rtl' ? 'rtl' : 'ltr';
}

/** True for English, where the byline joins authors with "and". */
export function isEnglish(language: string): boolean {
  return /^en(-|$)/i.test(language);
}

/** The comma that separates a name from a title in the story's language (Arabic script has its own). */
export function comma(language: string): string {
  return /^(ar|fa|ur|ps|ckb)(-|$)/i.test(language) ? '، ' : ', ';
}
