import { CURRENT_SCHEMA_VERSION, type Article } from './article';
import type { Block } from './body';
import { newId } from '../util/id';
import { slugify } from '../util/slug';

/** What a new story needs; everything else gets an empty default. */
export interface NewArticleInput {
  headline: string;
  section?: string;
  body?: Block[];
  language?: string;
  direction?: 'ltr' | 'rtl';
  now?: Date;
}

/** An empty paragraph, the smallest valid body. */
export function emptyBody(): Block[] {
  return [{ type: 'paragraph', children: [{ text: '' }] }];
}

/** Builds a valid new story from a headline and optional section and body. */
export function createArticle(input: NewArticleInput): Article {
  const now = (input.now ?? new Date()).toISOString();
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    uid: newId(),
    metadata: {
      section: input.section ?? '',
      headline: input.headline,
      socialHeadline: '',
      standfirst: '',
      bylines: [],
      dateline: { place: '', date: '' },
      slug: slugify(input.headline),
      tags: [],
      language: input.language ?? 'en',
      direction: input.direction ?? 'ltr',
      status: 'draft',
      targetWords: null,
      createdAt: now,
      updatedAt: now,
    },
    speakers: [],
    body: input.body && input.body.length > 0 ? input.body : emptyBody(),
    comments: [],
    suggestions: [],
    statusLog: [],
  };
}
