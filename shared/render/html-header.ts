import type { Metadata } from '../model/article';
import { displayDate, isIsoDate, publishedDate } from './dates';
import { escapeAttr, htmlLines } from './escape';
import { comma, isEnglish, languageTag } from './lang';
import { datelineText, displayHeadline } from './story';
import { isBlank } from './text';

function byline(metadata: Metadata): string {
  const separator = comma(languageTag(metadata));
  const authors = metadata.bylines
    .filter((b) => !isBlank(b.name))
    .map((b) => {
      const role = isBlank(b.role) ? '' : `${separator}<span class="author-role">${htmlLines(b.role)}</span>`;
      return `<span class="author"><span class="author-name">${htmlLines(b.name)}</span>${role}</span>`;
    });
  if (authors.length === 0) return '';
  const joiner = isEnglish(languageTag(metadata)) ? ' and ' : ' · ';
  return `<p class="byline">${authors.join(joiner)}</p>\n`;
}

function meta(metadata: Metadata): string {
  const published = publishedDate(metadata);
  const language = languageTag(metadata);
  // A numeric date is isolated left-to-right, or a right-to-left line would show it reversed.
  const ltr = isEnglish(language) ? '' : ' dir="ltr"';
  const time = `<time datetime="${escapeAttr(published)}"${ltr}>${htmlLines(displayDate(published, language))}</time>`;
  const dateline = datelineText(metadata, isIsoDate(metadata.dateline.date.trim()));
  const place = dateline === '' ? '' : `<span class="dateline">${htmlLines(dateline)}</span> `;
  return `<p class="story-meta">${place}${time}</p>\n`;
}

/** The story header: kicker, headline, standfirst, byline, dateline and date. */
export function renderHeaderHtml(metadata: Metadata): string {
  const kicker = isBlank(metadata.section) ? '' : `<p class="kicker">${htmlLines(metadata.section)}</p>\n`;
  const standfirst = isBlank(metadata.standfirst) ? '' : `<p class="standfirst">${htmlLines(metadata.standfirst)}</p>\n`;
  return (
    `<header class="story-header">\n${kicker}<h1>${htmlLines(displayHeadline(metadata))}</h1>\n` +
    `${standfirst}${byline(metadata)}${meta(metadata)}</header>\n`
  );
}
