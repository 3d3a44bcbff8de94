import type { Article } from '../model/article';
import { escapeAttr, escapeHtml, jsonForScript } from './escape';
import { renderBodyHtml, bodyContext } from './html-body';
import { renderHeaderHtml } from './html-header';
import { buildJsonLd } from './json-ld';
import { direction, languageTag } from './lang';
import type { PageOptions, RenderOptions } from './options';
import { displayHeadline, keywords, speakerIndex } from './story';
import { publishedDate } from './dates';
import { isBlank } from './text';
import { assetHref, isExportableImageSrc } from './url';
import { withoutPendingSuggestions } from '../review/suggestions';

/** The Content-Security-Policy of an exported page: nothing loads but https/data images and the inlined stylesheet. */
export function pageCsp(styleHash: string): string {
  if (!/^[A-Za-z0-9+/]{43}=$/.test(styleHash)) throw new Error('The stylesheet hash is not a base64 SHA-256.');
  return `default-src 'none'; img-src https: data:; style-src 'sha256-${styleHash}'; base-uri 'none'; form-action 'none'`;
}

/** The story body alone (no header): the blocks as HTML. */
export function renderBodyFragment(article: Article, options: RenderOptions = {}): string {
  article = withoutPendingSuggestions(article);
  return renderBodyHtml(article.body, bodyContext(speakerIndex(article), languageTag(article.metadata), options));
}

/** The `<article lang dir>` element of a story: header and body, for pasting into a CMS. */
export function renderArticleFragment(article: Article, options: RenderOptions = {}): string {
  article = withoutPendingSuggestions(article);
  const m = article.metadata;
  return (
    `<article class="story" lang="${escapeAttr(languageTag(m))}" dir="${direction(m)}">\n` +
    renderHeaderHtml(m) +
    `<div class="story-body">\n${renderBodyFragment(article, options)}</div>\n</article>\n`
  );
}

function metaTag(attr: 'name' | 'property', key: string, content: string): string {
  return `<meta ${attr}="${key}" content="${escapeAttr(content)}">\n`;
}

function socialTags(article: Article, options: RenderOptions): string {
  const m = article.metadata;
  const title = isBlank(m.socialHeadline) ? displayHeadline(m) : m.socialHeadline;
  const hasDescription = !isBlank(m.standfirst);
  let out = metaTag('property', 'og:type', 'article');
  out += metaTag('property', 'og:title', title);
  if (hasDescription) out += metaTag('property', 'og:description', m.standfirst);
  const imageSrc = options.imageSrc ?? assetHref;
  const firstImage = article.body.find((b) => b.type === 'image');
  // og:image must be an absolute URL; relative asset paths mean nothing to a crawler.
  if (firstImage) {
    const src = imageSrc(firstImage.src);
    if (/^https:\/\//i.test(src) && isExportableImageSrc(src)) out += metaTag('property', 'og:image', src);
  }
  if (!isBlank(m.section)) out += metaTag('property', 'article:section', m.section);
  out += metaTag('property', 'article:published_time', publishedDate(m));
  out += metaTag('property', 'article:modified_time', m.updatedAt);
  for (const tag of keywords(m)) out += metaTag('property', 'article:tag', tag);
  out += metaTag('name', 'twitter:card', 'summary');
  out += metaTag('name', 'twitter:title', title);
  if (hasDescription) out += metaTag('name', 'twitter:description', m.standfirst);
  return out;
}

/**
 * A complete, self-contained HTML page for a story: strict CSP, title and description,
 * OpenGraph and Twitter tags, the inlined stylesheet, JSON-LD, and the article.
 * The same article and options always give the same string.
 */
export function renderHtmlPage(article: Article, options: PageOptions): string {
  article = withoutPendingSuggestions(article);
  const m = article.metadata;
  if (/<\/style/i.test(options.style.css)) throw new Error('The stylesheet would end its <style> element early.');
  const lang = escapeAttr(languageTag(m));
  const description = isBlank(m.standfirst) ? '' : metaTag('name', 'description', m.standfirst);
  return (
    `<!DOCTYPE html>\n<html lang="${lang}" dir="${direction(m)}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${pageCsp(options.style.hash)}">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${escapeHtml(displayHeadline(m)).replace(/\n/g, '&#10;')}</title>\n` +
    description +
    socialTags(article, options) +
    `<style>${options.style.css}</style>\n` +
    `<script type="application/ld+json">${jsonForScript(buildJsonLd(article, options))}</script>\n` +
    `</head>\n<body>\n<main>\n${renderArticleFragment(article, options)}</main>\n</body>\n</html>\n`
  );
}
