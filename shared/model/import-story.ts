import type { Block, RelatedLink } from './body';
import { isSafeUrl } from './body';

/** What an importer reads out of a text file; `createArticle` turns it into a story. */
export interface ImportedStory {
  headline: string;
  section: string;
  language: string;
  direction: 'ltr' | 'rtl';
  body: Block[];
}

/** Most related-links items a story block holds (mirrors the body schema). */
export const MAX_RELATED_ITEMS = 50;

const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Drops a byte-order mark and control characters, and makes every line end `\n`. */
export function cleanText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(CONTROL_CHARS, '');
}

/** Collapses runs of spaces, tabs and line breaks into one space and trims the ends. */
export function collapseSpaces(text: string): string {
  return text.replace(/[ \t\n]+/g, ' ').trim();
}

/** Language and direction for a text written mostly in Arabic or Hebrew script; English otherwise. */
export function detectScript(text: string): { language: string; direction: 'ltr' | 'rtl' } {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return { language: 'en', direction: 'ltr' };
  const arabic = text.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  if (arabic * 2 > letters) return { language: 'ar', direction: 'rtl' };
  const hebrew = text.match(/\p{Script=Hebrew}/gu)?.length ?? 0;
  if (hebrew * 2 > letters) return { language: 'he', direction: 'rtl' };
  return { language: 'en', direction: 'ltr' };
}

function foldForMatch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/\u0640/g, '') // Arabic tatweel, used only to stretch letters
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s\-–—•*#>]+|[\s:.…\-–—»>]+$/g, '');
}

const RELATED_MARKERS: RegExp[] = [
  /^(what )?(our )?readers (are )?(also )?(reading|read)( now| too| also)?$/,
  /^(read|see) (also|more|next)$/,
  /^also (read|see)$/,
  /^related( (articles?|stories|story|news|links|coverage|content|topics|reading))?$/,
  /^more (on this( story| topic)?|stories|news|to read|like this)$/,
  /^you (may|might) also (like|enjoy|be interested in)$/,
  /^(most read|most popular|popular now|recommended( for you)?)$/,
  // Arabic: "read also", "read more", "related topics/news", "our readers are reading"
  /^(ا|و)?قرا (ايضا|المزيد)$/,
  /^(مواضيع|موضوعات|اخبار|مقالات) (ذات صلة|متعلقة)$/,
  /^(قراونا|قراءنا) يقر\S*( ايضا| الان)?$/,
  // Hebrew: "read also", "more on the subject", "related articles"
  /^(קראו|קרא) (גם|עוד)$/,
  /^(עוד בנושא|כתבות נוספות|כתבות קשורות)$/,
];

/** True for a short closing line such as "Our readers are reading too" that introduces related stories. */
export function isRelatedMarker(line: string): boolean {
  if (line.length > 80) return false;
  const folded = foldForMatch(line);
  return folded !== '' && RELATED_MARKERS.some((pattern) => pattern.test(folded));
}

const URL_IN_LINE = /(?:https?:\/\/|mailto:)[^\s<>"]+/i;

/** A line holding one safe URL, read as a related link; `title` is the rest of the line (or the URL). */
export function readLinkLine(line: string): RelatedLink | null {
  const match = URL_IN_LINE.exec(line);
  if (!match) return null;
  const url = match[0].replace(/[).,;:!?'\]]+$/, '');
  if (!isSafeUrl(url) || url.length > 2048) return null;
  const rest = (line.slice(0, match.index) + ' ' + line.slice(match.index + match[0].length))
    .replace(/^[\s\-–—•*:|)>\]]+|[\s\-–—•*:|(<[]+$/g, '');
  const title = collapseSpaces(rest) || url;
  return { title: title.slice(0, 500), url };
}

/** A related-links block titled `title`, with no more items than a story allows. */
export function relatedLinksBlock(title: string, items: RelatedLink[]): Block {
  return {
    type: 'related-links',
    title: collapseSpaces(title).slice(0, 200),
    items: items.slice(0, MAX_RELATED_ITEMS),
    children: [{ text: '' }],
  };
}
