import type { Article, Speaker } from '../model/article';
import { publishedDate } from './dates';
import { languageTag } from './lang';
import type { RenderOptions } from './options';
import { authorNames, displayHeadline, keywords, speakerAnchor, speakerName, storyQuotes } from './story';
import { isBlank, storableText } from './text';
import { assetHref, isExportableImageSrc } from './url';
import { withoutPendingSuggestions } from '../review/suggestions';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function text(value: string): string {
  return storableText(value);
}

function person(speaker: Speaker): JsonObject {
  const anchor = speakerAnchor(speaker.id);
  const node: JsonObject = { '@type': 'Person' };
  if (anchor !== null) node['@id'] = `#${anchor}`;
  node['name'] = text(speakerName(speaker));
  if (!isBlank(speaker.role)) node['jobTitle'] = text(speaker.role);
  if (!isBlank(speaker.organisation)) node['affiliation'] = { '@type': 'Organization', name: text(speaker.organisation) };
  return node;
}

/**
 * The schema.org `NewsArticle` of a story: headline, authors, dates, section, language,
 * keywords, images, and every quotation as a `Quotation` whose `creator` is the speaker
 * (`@id` `#speaker-<id>`, the target of the `cite` links on `<q>` and `<blockquote>`).
 */
export function buildJsonLd(article: Article, options: RenderOptions = {}): JsonObject {
  article = withoutPendingSuggestions(article);
  const m = article.metadata;
  const ld: JsonObject = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: text(displayHeadline(m)),
  };
  if (!isBlank(m.socialHeadline)) ld['alternativeHeadline'] = text(m.socialHeadline);
  if (!isBlank(m.standfirst)) ld['description'] = text(m.standfirst);
  if (!isBlank(m.section)) ld['articleSection'] = text(m.section);
  ld['inLanguage'] = languageTag(m);
  const tags = keywords(m);
  if (tags.length > 0) ld['keywords'] = tags.map(text);
  ld['datePublished'] = text(publishedDate(m));
  ld['dateModified'] = text(m.updatedAt);
  ld['dateCreated'] = text(m.createdAt);
  const authors = m.bylines.filter((b) => !isBlank(b.name));
  if (authorNames(m).length > 0) {
    ld['author'] = authors.map((b) => {
      const node: JsonObject = { '@type': 'Person', name: text(b.name) };
      if (!isBlank(b.role)) node['jobTitle'] = text(b.role);
      return node;
    });
  }
  if (!isBlank(m.dateline.place)) ld['locationCreated'] = { '@type': 'Place', name: text(m.dateline.place) };

  const imageSrc = options.imageSrc ?? assetHref;
  const images: Json[] = [];
  for (const block of article.body) {
    if (block.type !== 'image') continue;
    const src = imageSrc(block.src);
    // data: URLs are already in the page once; repeating them here would double its size.
    if (!isExportableImageSrc(src) || src.startsWith('data:')) continue;
    const image: JsonObject = { '@type': 'ImageObject', contentUrl: src };
    if (!isBlank(block.caption)) image['caption'] = text(block.caption);
    if (!isBlank(block.credit)) image['creditText'] = text(block.credit);
    images.push(image);
  }
  if (images.length > 0) ld['image'] = images;

  const quotes = storyQuotes(article).map((quote) => {
    const node: JsonObject = { '@type': 'Quotation', text: text(quote.text) };
    if (quote.speaker) node['creator'] = person(quote.speaker);
    return node;
  });
  if (quotes.length > 0) ld['hasPart'] = quotes;
  return ld;
}
