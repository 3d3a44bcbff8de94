import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../shared/model/article';
import { createArticle } from '../../../shared/model/factory';
import { parsePlainTextStory } from '../../../shared/model/import-text';
import { renderArticleFragment } from '../../../shared/render/html';
import { parseHtml, validationErrors } from './helpers';

const SAMPLE = new URL('../../../../shared/seeds/sample-wire-story.txt', import.meta.url);
const GOLDEN = new URL('../../golden/sample-wire-story.fragment.html', import.meta.url);

/** The sample wire story as the importer makes it, at a fixed time so the output is repeatable. */
function sampleArticle() {
  const story = parsePlainTextStory(readFileSync(SAMPLE, 'utf8'));
  const article = createArticle({ ...story, now: new Date('2025-01-02T03:04:05.000Z') });
  article.uid = 'samplewirestory';
  return articleSchema.parse(article);
}

describe('golden export of the sample wire story', () => {
  it('renders the same fragment as the golden file', async () => {
    const fragment = renderArticleFragment(sampleArticle());
    if (process.env['UPDATE_GOLDEN'] === '1') {
      mkdirSync(fileURLToPath(new URL('.', GOLDEN)), { recursive: true });
      writeFileSync(GOLDEN, fragment);
    }
    expect(fragment).toBe(readFileSync(GOLDEN, 'utf8'));
    const doc = parseHtml(fragment);
    expect(doc.querySelector('h1')?.textContent).toBe(sampleArticle().metadata.headline);
    expect(await validationErrors(`<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${fragment}</body></html>`)).toEqual([]);
  });
});
