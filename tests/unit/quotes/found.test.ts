import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../../shared/quotes/found';
import { para, speaker, story } from './story';

describe('quotesOf', () => {
  it('finds a story object’s quotes once, and again when its text or cast changes', () => {
    const article = story([para('“The buses will run all night,” Tom Reyes said.')]);
    const first = quotesOf(article);
    expect(first.found.map((q) => [q.text, q.speaker?.name])).toEqual([['The buses will run all night,', 'Tom Reyes']]);
    expect(quotesOf(article).found).toBe(first.found);

    article.body = [para('“The buses will run all night,” Tom Reyes said.'), para('“We start in May and run every half hour,” Jane Okafor said.')];
    expect(quotesOf(article).found.map((q) => q.speaker?.name)).toEqual(['Tom Reyes', 'Jane Okafor']);

    const cast = quotesOf(article).found;
    article.speakers = [speaker('spk-reyes', 'Tom Reyes', 'Reyes', 'he')];
    expect(quotesOf(article).found).not.toBe(cast);
  });
});
