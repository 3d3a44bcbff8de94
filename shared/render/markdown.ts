import type { Article, Metadata } from '../model/article';
import { inlineText } from '../model/text';
import type { Block, Inline, StyledText } from '../model/body';
import { displayDate, publishedDate } from './dates';
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
import { isBlank, oneLine, storableText } from './text';
import { assetHref, isExportableImageSrc, isExportableUrl } from './url';
import { withoutPendingSuggestions } from '../review/suggestions';

const INLINE_SPECIALS = /[\\`*_[\]<>~|&]/g;

/** Escapes one line of text so Markdown reads it literally (inline markup and line-start markers). */
function escapeLine(line: string): string {
  const escaped = line.replace(INLINE_SPECIALS, '\\$&');
  return escaped
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** Escapes text for Markdown; a line break inside it becomes a hard break. */
function mdText(text: string): string {
  return storableText(text).split('\n').map(escapeLine).join('\\\n');
}

/** Wraps text in a marker, keeping its outer white space outside (where Markdown needs it). */
function wrap(marker: string, text: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return match[2] === '' ? text : `${match[1]}${marker}${match[2]}${marker}${match[3]}`;
}

function leaf(node: StyledText): string {
  let text = mdText(node.text);
  if (node.strikethrough) text = wrap('~~', text);
  if (node.italic) text = wrap('*', text);
  if (node.bold) text = wrap('**', text);
  return text;
}

function destination(url: string): string {
  return `<${url.replace(/[\\<>]/g, '\\$&')}>`;
}

function inlines(nodes: readonly Inline[]): string {
  let out = '';
  for (const node of nodes) {
    if (!('type' in node)) out += leaf(node);
    else if (node.type === 'link') {
      const inner = inlines(node.children);
      out += isExportableUrl(node.url) && !isBlank(inlineText(node.children)) ? `[${inner}](${destination(node.url)})` : inner;
    } else out += inlines(node.children);
  }
  return out;
}

function indentContinuation(text: string, indent: string): string {
  return text.replace(/\n/g, `\n${indent}`);
}

function quoteLines(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

function block(b: Block, article: Article, headings: HeadingLevels, imageSrc: (src: string) => string): string {
  if (isEmptyBlock(b)) return '';
  switch (b.type) {
    case 'paragraph':
      return inlines(b.children);
    case 'heading':
      return `${'#'.repeat(headings.level(b.level))} ${oneLine(inlines(b.children).replace(/\\\n/g, ' '))}`;
    case 'bulleted-list':
      return b.children.map((item) => `- ${indentContinuation(inlines(item.children), '  ')}`).join('\n');
    case 'numbered-list':
      return b.children
        .map((item, i) => {
          const marker = `${i + 1}. `;
          return marker + indentContinuation(inlines(item.children), ' '.repeat(marker.length));
        })
        .join('\n');
    case 'block-quote':
    case 'pull-quote': {
      const speakerId = b.speakerId ?? null;
      const speaker = speakerId === null ? undefined : speakerIndex(article).get(speakerId);
      let text = inlines(b.children);
      if (speaker && !isBlank(speakerName(speaker))) {
        const sep = comma(languageTag(article.metadata));
        const title = speakerTitle(speaker, sep);
        text += `\n\n— ${mdText(oneLine(speakerName(speaker)))}${title === '' ? '' : `${sep}${mdText(oneLine(title))}`}`;
      }
      return quoteLines(text);
    }
    case 'image': {
      const src = imageSrc(b.src);
      if (!isExportableImageSrc(src)) return '';
      const image = `![${mdText(oneLine(b.alt))}](${destination(src)})`;
      const caption = isBlank(b.caption) ? '' : `*${mdText(oneLine(b.caption))}*`;
      const credit = isBlank(b.credit) ? '' : `(${mdText(oneLine(b.credit))})`;
      const line = [caption, credit].filter(Boolean).join(' ');
      return line === '' ? image : `${image}\n${line}`;
    }
    case 'divider':
      return '---';
    case 'related-links': {
      const items = b.items
        .filter((item) => isExportableUrl(item.url))
        .map((item) => `- [${mdText(oneLine(isBlank(item.title) ? item.url : item.title))}](${destination(item.url)})`);
      if (items.length === 0) return '';
      return isBlank(b.title) ? items.join('\n') : `**${mdText(oneLine(b.title))}**\n\n${items.join('\n')}`;
    }
    case 'embed':
      if (!isExportableUrl(b.url)) return '';
      return `[${mdText(oneLine(isBlank(b.title) ? b.url : b.title))}](${destination(b.url)})`;
    default:
      return '';
  }
}

/**
 * A YAML scalar on one line, quoted so any text survives. `<` is written as `\u003c` (YAML
 * reads it back as `<`) so that a Markdown tool unaware of front matter finds no raw HTML.
 */
function yamlString(value: string): string {
  const text = oneLine(storableText(value)).replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  if (!text.includes("'") && !text.includes('<')) return `'${text}'`;
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/</g, '\\u003c')}"`;
}

function frontMatter(m: Metadata): string {
  const lines = ['---', `title: ${yamlString(displayHeadline(m))}`];
  if (!isBlank(m.standfirst)) lines.push(`description: ${yamlString(m.standfirst)}`);
  if (!isBlank(m.section)) lines.push(`section: ${yamlString(m.section)}`);
  lines.push(`language: ${yamlString(languageTag(m))}`);
  lines.push(`date: ${yamlString(publishedDate(m))}`);
  lines.push(`lastmod: ${yamlString(m.updatedAt)}`);
  const authors = m.bylines.filter((b) => !isBlank(b.name)).map((b) => yamlString(b.name));
  if (authors.length > 0) lines.push(`authors: [${authors.join(', ')}]`);
  const tags = keywords(m).map(yamlString);
  if (tags.length > 0) lines.push(`tags: [${tags.join(', ')}]`);
  if (!isBlank(m.slug)) lines.push(`slug: ${yamlString(m.slug)}`);
  lines.push('---');
  return lines.join('\n');
}

function header(m: Metadata): string[] {
  const out = [`# ${mdText(oneLine(displayHeadline(m)))}`];
  if (!isBlank(m.standfirst)) out.push(`*${mdText(m.standfirst)}*`);
  const { authors, roleSeparator, authorJoiner, place, published, language } = headerParts(m);
  const names = authors.map((b) => mdText(oneLine(b.name)) + (isBlank(b.role) ? '' : `${roleSeparator}${mdText(oneLine(b.role))}`));
  if (names.length > 0) out.push(names.join(authorJoiner));
  const date = displayDate(published, language);
  out.push(mdText(oneLine(place === '' ? date : `${place} — ${date}`)));
  return out;
}

/**
 * A story as Markdown (CommonMark with GFM strikethrough): YAML front matter, the headline
 * as `#`, standfirst, byline and dateline, then the body. All text is escaped, so nothing
 * in it becomes markup or raw HTML; only http, https and mailto links are kept.
 */
export function renderMarkdown(article: Article, options: RenderOptions = {}): string {
  article = withoutPendingSuggestions(article);
  const imageSrc = options.imageSrc ?? assetHref;
  const headings = new HeadingLevels();
  const body = article.body.map((b) => block(b, article, headings, imageSrc)).filter((text) => text !== '');
  return [frontMatter(article.metadata), '', [...header(article.metadata), ...body].join('\n\n'), ''].join('\n');
}
