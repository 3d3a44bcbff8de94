import type { Article } from '../model/article';
import { articleWordCount, bodyText } from '../model/text';
import { toUtcDateTime } from './dates';
import { renderBodyFragment } from './html';
import { languageTag } from './lang';
import { imageMimeType } from './nitf';
import type { RenderOptions } from './options';
import { authorNames, displayHeadline, keywords, speakerName, storyQuotes } from './story';
import { isBlank, storableText } from './text';
import { withoutPendingSuggestions } from '../review/suggestions';

/** Where the ninjs 3.1 schema lives; instances name it in `standard.schema`. */
export const NINJS_SCHEMA_URI = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The story's ninjs `uri`: a URN built from its uid (stable across exports and renames). */
export function ninjsUri(uid: string): string {
  return `urn:copydesk:story:${encodeURIComponent(uid)}`;
}

function text(value: string): string {
  return storableText(value);
}

/**
 * A story as an IPTC ninjs 3.1 object: headlines, summary, HTML and plain bodies, byline,
 * dateline place, section and keywords as subjects, quoted people, and images as picture
 * associations. Body counts follow the editor's word count, without figure captions.
 */
export function buildNinjs(article: Article, options: RenderOptions = {}): JsonObject {
  article = withoutPendingSuggestions(article);
  const m = article.metadata;
  const uri = ninjsUri(article.uid);
  const item: JsonObject = {
    uri,
    standard: { name: 'ninjs', version: '3.1', schema: NINJS_SCHEMA_URI },
    type: 'text',
    representationType: 'full',
    firstCreated: toUtcDateTime(m.createdAt),
    versionCreated: toUtcDateTime(m.updatedAt),
  };
  if (m.status === 'published') item['pubStatus'] = 'usable';
  item['language'] = languageTag(m);
  const headlines: JsonObject[] = [{ role: 'main', value: text(displayHeadline(m)) }];
  if (!isBlank(m.socialHeadline)) headlines.push({ role: 'social', value: text(m.socialHeadline) });
  item['headlines'] = headlines;
  if (!isBlank(m.standfirst)) item['descriptions'] = [{ role: 'summary', contentType: 'text/plain', value: text(m.standfirst) }];

  // ninjs counts exclude figure captions.
  const withoutFigures = { body: article.body.filter((block) => block.type !== 'image') };
  const plain = text(bodyText(withoutFigures));
  const counts = { wordCount: articleWordCount(withoutFigures), charCount: [...plain].length };
  item['bodies'] = [
    { role: 'main', contentType: 'text/html', ...counts, value: renderBodyFragment(article, options) },
    { role: 'plain', contentType: 'text/plain', ...counts, value: plain },
  ];

  const authors = authorNames(m);
  if (authors.length > 0) item['by'] = text(authors.join(', '));
  if (!isBlank(m.dateline.place)) item['located'] = text(m.dateline.place);
  if (!isBlank(m.slug)) item['slugline'] = text(m.slug);

  const subjects: JsonObject[] = keywords(m).map((tag) => ({ name: text(tag), rel: 'about' }));
  if (!isBlank(m.section)) subjects.unshift({ name: text(m.section), rel: 'section' });
  if (subjects.length > 0) item['subjects'] = subjects;

  const people = new Map<string, JsonObject>();
  for (const quote of storyQuotes(article)) {
    const speaker = quote.speaker;
    if (!speaker || people.has(speaker.id) || isBlank(speakerName(speaker))) continue;
    people.set(speaker.id, { name: text(speakerName(speaker)), rel: 'quoted', literal: speaker.id });
  }
  if (people.size > 0) item['people'] = [...people.values()];

  const pictures: JsonObject[] = [];
  article.body.forEach((block, index) => {
    if (block.type !== 'image') return;
    const picture: JsonObject = {
      name: `image-${index}`,
      uri: `${uri}:image:${index}`,
      type: 'picture',
      title: text(block.src.replace(/^assets\//, '')),
    };
    const descriptions: JsonObject[] = [];
    if (!isBlank(block.caption)) descriptions.push({ role: 'caption', value: text(block.caption) });
    if (!isBlank(block.alt)) descriptions.push({ role: 'alternativeText', value: text(block.alt) });
    if (descriptions.length > 0) picture['descriptions'] = descriptions;
    if (!isBlank(block.credit)) picture['copyrightHolder'] = text(block.credit);
    const contentType = imageMimeType(block.src);
    picture['renditions'] = [{ name: 'original', ...(contentType === '' ? {} : { contentType }) }];
    pictures.push(picture);
  });
  if (pictures.length > 0) item['associations'] = pictures;
  return item;
}

/** A story as ninjs 3.1 JSON text (two-space indented, ending in a newline). */
export function renderNinjs(article: Article, options: RenderOptions = {}): string {
  article = withoutPendingSuggestions(article);
  return `${JSON.stringify(buildNinjs(article, options), null, 2)}\n`;
}
