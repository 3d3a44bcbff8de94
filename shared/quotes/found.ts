import type { Article } from '../model/article';
import { detectQuotes } from './detect';
import { storyQuoteText, type StoryQuoteText, type TaggedQuoteSpan } from './story-text';
import type { QuoteSuggestion } from './types';

/** A story's text and the quotes found in it. */
export interface FoundQuotes {
  story: StoryQuoteText;
  found: QuoteSuggestion[];
}

type Known = FoundQuotes & { context: string };

// The Quotes panel, its checks and the pre-publish checks all ask about the same story object: find its quotes once.
const known = new WeakMap<object, Known>();

/** The quotes found in `article`, found once per article object (and again only if its text, cast or language changed). */
export function quotesOf(article: Pick<Article, 'body' | 'speakers' | 'metadata'>): FoundQuotes {
  const story = storyQuoteText(article);
  const context = JSON.stringify([article.metadata.language, article.speakers]);
  const before = known.get(article);
  if (before && before.story.text === story.text && before.context === context) return { story, found: before.found };
  const found = detectQuotes(story.text, { language: article.metadata.language, knownSpeakers: article.speakers });
  known.set(article, { story, found, context });
  return { story, found };
}

/** How many characters two spans share. */
export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** True when the journalist has already tagged these words: any of a direct quote, or most of an indirect one. */
export function taggedAlready(s: QuoteSuggestion, tagged: readonly TaggedQuoteSpan[]): boolean {
  let total = 0;
  for (const t of tagged) {
    const o = overlap(s, t);
    if (o > 0 && s.kind === 'direct') return true;
    total += o;
  }
  return total * 2 >= s.end - s.start;
}
