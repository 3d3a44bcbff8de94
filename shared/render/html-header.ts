import type { Metadata } from '../model/article';
import { displayDate } from './dates';
import { escapeAttr, htmlLines } from './escape';
import { headerParts, type HeaderParts } from './header-parts';
import { isEnglish } from './lang';
import { displayHeadline } from './story';
import { isBlank } from './text';

function byline({ authors, roleSeparator, authorJoiner }: HeaderParts): string {
  if (authors.length === 0) return '';
  const names = authors.map((b) => {
    const role = isBlank(b.role) ? '' : `${roleSeparator}<span class="author-role">${htmlLines(b.role)}</span>`;
    return `<span class="author"><span class="author-name">${htmlLines(b.name)}</span>${role}</span>`;
  });
  return `<p class="byline">${names.join(authorJoiner)}</p>\n`;
}

function meta({ language, place, published }: HeaderParts): string {
  // A numeric date is isolated left-to-right, or a right-to-left line would show it reversed.
  const ltr = isEnglish(language) ? '' : ' dir="ltr"';
  const time = `<time datetime="${escapeAttr(published)}"${ltr}>${htmlLines(displayDate(published, language))}</time>`;
  const dateline = place === '' ? '' : `<span class="dateline">${htmlLines(place)}</span> `;
  return `<p class="story-meta">${dateline}${time}</p>\n`;
}

/** The story header: kicker, headline, standfirst, byline, dateline and date. */
export function renderHeaderHtml(metadata: Metadata): string {
  const parts = headerParts(metadata);
  const kicker = isBlank(metadata.section) ? '' : `<p class="kicker">${htmlLines(metadata.section)}</p>\n`;
  const standfirst = isBlank(metadata.standfirst) ? '' : `<p class="standfirst">${htmlLines(metadata.standfirst)}</p>\n`;
  return (
    `<header class="story-header">\n${kicker}<h1>${htmlLines(displayHeadline(metadata))}</h1>\n` +
    `${standfirst}${byline(parts)}${meta(parts)}</header>\n`
  );
}
