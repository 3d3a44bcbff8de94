import type { Article, Metadata, Speaker } from '../model/article';
import { inlineText } from '../model/text';
import type { Block, Inline, StyledText } from '../model/body';
import { publishedDate, toUtcDateTime } from './dates';
import { escapeXml, escapeXmlAttr } from './escape';
import { headerParts } from './header-parts';
import { comma, languageTag } from './lang';
import type { RenderOptions } from './options';
import {
  displayHeadline,
  HeadingLevels,
  isEmptyBlock,
  keywords,
  speakerIndex,
  speakerName,
  speakerTitle,
} from './story';
import { isBlank } from './text';
import { assetHref, isExportableImageSrc, isExportableUrl } from './url';
import { withoutPendingSuggestions } from '../review/suggestions';

const MIME_BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
};

/** The media type of an image file name, from its extension ('' when unknown). */
export function imageMimeType(name: string): string {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  return MIME_BY_EXTENSION[ext] ?? '';
}

/** An ISO date as NITF's `norm` form, ISO 8601 basic: `20240503`, or in UTC `20240503T101500Z`. */
function normDate(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso.replace(/-/g, '');
  return toUtcDateTime(iso).replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

interface Ctx {
  speakers: ReadonlyMap<string, Speaker>;
  imageSrc: (src: string) => string;
  comma: string;
}

function leaf(node: StyledText): string {
  const text = escapeXml(node.text);
  if (text === '') return '';
  if (node.bold) return `<em class="bold">${text}</em>`;
  if (node.italic) return `<em>${text}</em>`;
  return text;
}

function inlines(nodes: readonly Inline[], ctx: Ctx): string {
  let out = '';
  for (const node of nodes) {
    if (!('type' in node)) out += leaf(node);
    else if (node.type === 'link') {
      const inner = inlines(node.children, ctx);
      out += isExportableUrl(node.url) && !isBlank(inlineText(node.children)) ? `<a href="${escapeXmlAttr(node.url)}">${inner}</a>` : inner;
    } else {
      const inner = inlines(node.children, ctx);
      if (inner === '') continue;
      const speaker = node.speakerId === null ? undefined : ctx.speakers.get(node.speakerId);
      const source = speaker && !isBlank(speakerName(speaker)) ? ` quote-source="${escapeXmlAttr(speakerName(speaker))}"` : '';
      out += `<q${source}>${inner}</q>`;
    }
  }
  return out;
}

function person(speaker: Speaker): string {
  return `<person idsrc="copydesk" value="${escapeXmlAttr(speaker.id)}">${escapeXml(speakerName(speaker))}</person>`;
}

function block(b: Block, ctx: Ctx, headings: HeadingLevels): string {
  if (isEmptyBlock(b)) return '';
  switch (b.type) {
    case 'paragraph':
      return `<p>${inlines(b.children, ctx)}</p>`;
    case 'heading':
      // NITF has one in-body headline element; a subheading (h3) is marked by its class.
      return headings.level(b.level) === 2
        ? `<hl2>${inlines(b.children, ctx)}</hl2>`
        : `<hl2 class="subheading">${inlines(b.children, ctx)}</hl2>`;
    case 'bulleted-list':
    case 'numbered-list': {
      const tag = b.type === 'bulleted-list' ? 'ul' : 'ol';
      return `<${tag}>${b.children.map((item) => `<li>${inlines(item.children, ctx)}</li>`).join('')}</${tag}>`;
    }
    case 'block-quote':
    case 'pull-quote': {
      const speakerId = b.speakerId ?? null;
      const speaker = speakerId === null ? undefined : ctx.speakers.get(speakerId);
      const named = speaker && !isBlank(speakerName(speaker)) ? speaker : undefined;
      const source = named ? ` quote-source="${escapeXmlAttr(speakerName(named))}"` : '';
      const title = named ? speakerTitle(named, ctx.comma) : '';
      const credit = named ? `<credit>${person(named)}${title === '' ? '' : `${ctx.comma}${escapeXml(title)}`}</credit>` : '';
      return `<bq class="${b.type}"${source}><block><p>${inlines(b.children, ctx)}</p></block>${credit}</bq>`;
    }
    case 'image': {
      const src = ctx.imageSrc(b.src);
      if (!isExportableImageSrc(src)) return '';
      const mime = imageMimeType(b.src);
      const reference =
        `<media-reference source="${escapeXmlAttr(src)}"` +
        (mime === '' ? '' : ` mime-type="${mime}"`) +
        ` alternate-text="${escapeXmlAttr(b.alt)}"/>`;
      const caption = isBlank(b.caption) ? '' : `<media-caption>${escapeXml(b.caption)}</media-caption>`;
      const credit = isBlank(b.credit) ? '' : `<media-producer>${escapeXml(b.credit)}</media-producer>`;
      return `<media media-type="image">${reference}${caption}${credit}</media>`;
    }
    case 'divider':
      return '<hr/>';
    case 'related-links': {
      const items = b.items
        .filter((item) => isExportableUrl(item.url))
        .map((item) => `<li><a href="${escapeXmlAttr(item.url)}">${escapeXml(isBlank(item.title) ? item.url : item.title)}</a></li>`);
      if (items.length === 0) return '';
      const title = isBlank(b.title) ? '' : `<hl2>${escapeXml(b.title)}</hl2>`;
      return `<block class="related-links">${title}<ul>${items.join('')}</ul></block>`;
    }
    case 'embed':
      if (!isExportableUrl(b.url)) return '';
      return `<p class="embed"><a href="${escapeXmlAttr(b.url)}">${escapeXml(isBlank(b.title) ? b.url : b.title)}</a></p>`;
    default:
      return '';
  }
}

function docdata(article: Article, quoted: readonly Speaker[]): string {
  const m = article.metadata;
  const lines = [`<doc-id id-string="${escapeXmlAttr(article.uid)}"/>`];
  lines.push(`<date.issue norm="${normDate(publishedDate(m))}"/>`);
  const tags = keywords(m);
  if (tags.length > 0) lines.push(`<key-list>${tags.map((tag) => `<keyword key="${escapeXmlAttr(tag)}"/>`).join('')}</key-list>`);
  if (quoted.length > 0) lines.push(`<identified-content>${quoted.map(person).join('')}</identified-content>`);
  return `<docdata>\n${lines.join('\n')}\n</docdata>`;
}

function bodyHead(m: Metadata): string {
  const lines = [`<hedline><hl1>${escapeXml(displayHeadline(m))}</hl1>${isBlank(m.socialHeadline) ? '' : `<hl2>${escapeXml(m.socialHeadline)}</hl2>`}</hedline>`];
  const { authors, roleSeparator, place, published } = headerParts(m);
  for (const b of authors) {
    const role = isBlank(b.role) ? '' : `${roleSeparator}<byttl>${escapeXml(b.role)}</byttl>`;
    lines.push(`<byline><person>${escapeXml(b.name)}</person>${role}</byline>`);
  }
  const location = place === '' ? '' : `<location>${escapeXml(place)}</location> `;
  lines.push(`<dateline>${location}<story.date norm="${normDate(published)}">${escapeXml(published.slice(0, 10))}</story.date></dateline>`);
  if (!isBlank(m.standfirst)) lines.push(`<abstract><p>${escapeXml(m.standfirst)}</p></abstract>`);
  return `<body.head>\n${lines.join('\n')}\n</body.head>`;
}

/** Speakers the body quotes, each once, in order of first quote. */
function quotedSpeakers(article: Article, speakers: ReadonlyMap<string, Speaker>): Speaker[] {
  const ids = new Set<string>();
  const visit = (nodes: readonly Inline[]) => {
    for (const node of nodes) if ('type' in node && node.type === 'quote' && node.speakerId !== null) ids.add(node.speakerId);
  };
  for (const b of article.body) {
    if (b.type === 'paragraph' || b.type === 'heading') visit(b.children);
    else if (b.type === 'bulleted-list' || b.type === 'numbered-list') b.children.forEach((item) => visit(item.children));
    else if (b.type === 'block-quote' || b.type === 'pull-quote') {
      visit(b.children);
      if (b.speakerId) ids.add(b.speakerId);
    }
  }
  return [...ids].flatMap((id) => {
    const speaker = speakers.get(id);
    return speaker && !isBlank(speakerName(speaker)) ? [speaker] : [];
  });
}

/**
 * A story as NITF 3.6 XML: title and docdata (id, date, keywords, quoted people) in the head;
 * hedline, bylines, dateline and abstract in `body.head`; paragraphs with `<q quote-source>`,
 * and block quotes as `<bq quote-source>` credited to a `<person>`, in `body.content`.
 */
export function renderNitf(article: Article, options: RenderOptions = {}): string {
  article = withoutPendingSuggestions(article);
  const m = article.metadata;
  const ctx: Ctx = { speakers: speakerIndex(article), imageSrc: options.imageSrc ?? assetHref, comma: comma(languageTag(m)) };
  const headings = new HeadingLevels();
  const content = article.body.map((b) => block(b, ctx, headings)).filter((xml) => xml !== '');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/" version="-//IPTC//DTD NITF 3.6//EN" change.date="October 18, 2006" change.time="19:30" baselang="${escapeXmlAttr(languageTag(m))}">`,
    '<head>',
    `<title>${escapeXml(displayHeadline(m))}</title>`,
    docdata(article, quotedSpeakers(article, ctx.speakers)),
    '</head>',
    '<body>',
    bodyHead(m),
    '<body.content>',
    ...content,
    '</body.content>',
    '</body>',
    '</nitf>',
    '',
  ].join('\n');
}
