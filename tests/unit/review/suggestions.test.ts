import { describe, expect, it } from 'vitest';
import { articleSchema, type Article } from '../../../shared/model/article';
import { createArticle } from '../../../shared/model/factory';
import { parseArticle, serializeArticle } from '../../../shared/model/serialize';
import { renderArticleFragment, renderBodyFragment, renderHtmlPage } from '../../../shared/render/html';
import { buildNinjs, renderNinjs } from '../../../shared/render/ninjs';
import { renderMarkdown } from '../../../shared/render/markdown';
import { renderNitf } from '../../../shared/render/nitf';
import { statusGate } from '../../../shared/review/status';
import { pendingSuggestions, withoutPendingSuggestions } from '../../../shared/review/suggestions';
import { houseStyle } from '../render/helpers';
import { blockText } from '../../../shared/model/text';

const maya = { name: 'Maya Okafor', initials: 'MO' };
const ed = { name: 'Ed Stone', initials: 'ES' };
const at = '2026-03-04T09:30:00.000Z';

/** "The harbour wall will be rebuilt." with " north" suggested in and " harbour" suggested out. */
function suggested(): Article {
  return {
    ...createArticle({
      headline: 'Wall to be rebuilt',
      now: new Date(at),
      body: [
        {
          type: 'paragraph',
          children: [
            { text: 'The' },
            { text: ' harbour', suggestion: { id: 'd1', kind: 'delete', by: ed, at } },
            { text: ' north', suggestion: { id: 'i1', kind: 'insert', by: maya, at } },
            { text: ' wall will be ' },
            { text: 'quickly ', bold: true, suggestion: { id: 'i2', kind: 'insert', by: maya, at } },
            { text: 'rebuilt.' },
          ],
        },
      ],
    }),
    metadata: { ...createArticle({ headline: 'Wall to be rebuilt', now: new Date(at) }).metadata, status: 'edited' },
  };
}

describe('pending suggestions in the body', () => {
  it('are listed once per suggestion with author, time and text, in text order', () => {
    expect(pendingSuggestions(suggested())).toEqual([
      { id: 'd1', kind: 'delete', by: ed, at, text: ' harbour' },
      { id: 'i1', kind: 'insert', by: maya, at, text: ' north' },
      { id: 'i2', kind: 'insert', by: maya, at, text: 'quickly ' },
    ]);
  });

  it('read with a paragraph mark where one deletion runs over two paragraphs', () => {
    const mark = { id: 'd2', kind: 'delete' as const, by: ed, at };
    const article: Article = {
      ...suggested(),
      body: [
        { type: 'paragraph', children: [{ text: 'Fares rise ' }, { text: 'in March.', suggestion: mark }] },
        { type: 'paragraph', children: [{ text: 'Fuel costs', suggestion: mark }, { text: ' doubled.' }] },
      ],
    };
    expect(pendingSuggestions(article).map((p) => p.text)).toEqual(['in March. ¶ Fuel costs']);
  });

  it('read with a paragraph mark between list items, and without one around a link', () => {
    const mark = { id: 'd3', kind: 'delete' as const, by: ed, at };
    const article: Article = {
      ...suggested(),
      body: [
        {
          type: 'bulleted-list',
          children: [
            { type: 'list-item', children: [{ text: 'One', suggestion: mark }] },
            { type: 'list-item', children: [{ text: 'Two ', suggestion: mark }, { type: 'link', url: 'https://example.org/', children: [{ text: 'three', suggestion: mark }] }] },
          ],
        },
      ],
    };
    expect(pendingSuggestions(article).map((p) => p.text)).toEqual(['One ¶ Two three']);
  });

  it('survive a save and reload, and a malformed mark is refused', () => {
    const article = suggested();
    expect(parseArticle(serializeArticle(article)).body).toEqual(article.body);
    const bad = structuredClone(article) as unknown as { body: { children: { suggestion?: { kind: string } }[] }[] };
    bad.body[0]!.children[1]!.suggestion!.kind = 'replace';
    expect(articleSchema.safeParse(bad).success).toBe(false);
  });

  it('block approval until resolved', () => {
    const gate = statusGate(suggested(), 'approved');
    expect(gate.kind).toBe('checks');
    if (gate.kind !== 'checks') return;
    expect(gate.blockers.filter((p) => p.check === 'pending-suggestions')).toHaveLength(3);
    const clean = withoutPendingSuggestions(suggested());
    const after = statusGate(clean, 'approved');
    expect(after.kind === 'checks' && after.blockers.some((p) => p.check === 'pending-suggestions')).toBe(false);
  });

  it('are dropped as if rejected: insertions go, deletions stay unmarked', () => {
    const body = withoutPendingSuggestions(suggested()).body;
    expect(body).toEqual([{ type: 'paragraph', children: [{ text: 'The' }, { text: ' harbour' }, { text: ' wall will be ' }, { text: 'rebuilt.' }] }]);
  });
});

describe('export of a story with pending suggestions', () => {
  it('joins again the paragraphs a pending pasted run of paragraphs split', () => {
    const pasted = { id: 'p1', kind: 'insert' as const, by: ed, at };
    const article: Article = {
      ...suggested(),
      body: [
        { type: 'paragraph', children: [{ text: 'Fares rise' }, { text: ' sharply.', suggestion: pasted }] },
        { type: 'paragraph', children: [{ text: 'Ferries stop.', suggestion: pasted }] },
        { type: 'paragraph', children: [{ text: 'Buses too', suggestion: pasted }, { text: ' in March.' }] },
        { type: 'paragraph', children: [{ text: 'Fuel costs doubled.' }] },
      ],
    };
    expect(withoutPendingSuggestions(article).body.map(blockText)).toEqual(['Fares rise in March.', 'Fuel costs doubled.']);
    expect(renderBodyFragment(article)).toContain('<p data-block="0">Fares rise in March.</p>');
    // A click on the next paragraph of the preview must reach it in the editor, three blocks down.
    expect(renderBodyFragment(article)).toContain('<p data-block="3">Fuel costs doubled.</p>');
  });

  const article = suggested();
  const original = 'The harbour wall will be rebuilt.';
  const style = houseStyle();
  const outputs: [string, string][] = [
    ['html page', renderHtmlPage(article, { style })],
    ['article fragment', renderArticleFragment(article)],
    ['body fragment', renderBodyFragment(article)],
    ['markdown', renderMarkdown(article)],
    ['nitf', renderNitf(article)],
    ['ninjs', renderNinjs(article)],
    ['ninjs object', JSON.stringify(buildNinjs(article))],
  ];

  it.each(outputs)('%s holds the original text and none of the suggested words', (_name, out) => {
    const text = out.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toContain(original);
    expect(out).not.toContain('north');
    expect(out).not.toContain('quickly');
  });
});
