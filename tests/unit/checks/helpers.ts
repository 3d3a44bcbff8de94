import { readFileSync } from 'node:fs';
import type { Article } from '../../../shared/model/article';
import { parseArticle } from '../../../shared/model/serialize';

/** A story file from tests/fixtures/review, parsed and validated. */
export function fixture(name: string): Article {
  return parseArticle(readFileSync(new URL(`../../fixtures/review/${name}`, import.meta.url), 'utf8'));
}

/** A copy of the clean fixture with one change made. */
export function cleanWith(change: (article: Article) => void): Article {
  const copy = fixture('clean.story.json');
  change(copy);
  return copy;
}
