import type { Metadata } from '../model/article';
import { isIsoDate, publishedDate } from './dates';
import { comma, isEnglish, languageTag } from './lang';
import { datelineText } from './story';
import { isBlank } from './text';

/** What every format's story header is made of, worked out once: HTML, Markdown and NITF differ only in markup. */
export interface HeaderParts {
  /** The story's language tag. */
  language: string;
  /** The bylines that have a name, in order. */
  authors: { name: string; role: string }[];
  /** Between a name and its role: the comma of the story's language. */
  roleSeparator: string;
  /** Between two authors: " and " in English, " · " otherwise. */
  authorJoiner: string;
  /** The dateline's place, and its date when that is free text rather than a date. */
  place: string;
  /** When the story counts as published (ISO). */
  published: string;
}

/** The parts of the story header of `metadata`. */
export function headerParts(metadata: Metadata): HeaderParts {
  const language = languageTag(metadata);
  return {
    language,
    authors: metadata.bylines.filter((b) => !isBlank(b.name)),
    roleSeparator: comma(language),
    authorJoiner: isEnglish(language) ? ' and ' : ' · ',
    place: datelineText(metadata, isIsoDate(metadata.dateline.date.trim())),
    published: publishedDate(metadata),
  };
}
