import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseQuotes } from '../../../../renderer/features/quotes/analysis';
import { suggestionDecorator } from '../../../../renderer/features/quotes/decorate';
import { groupBySpeaker } from '../../../../renderer/features/quotes/groups';
import type { Article } from '../../../../shared/model/article';
import type { Block, Inline } from '../../../../shared/model/body';
import { createArticle } from '../../../../shared/model/factory';
import { parsePlainTextStory } from '../../../../shared/model/import-text';

const sample = readFileSync(resolve(import.meta.dirname, '..', '..', '..', '..', '..', 'shared', 'seeds', 'sample-wire-story.txt'), 'utf8');

function story(): Article {
  return createArticle(parsePlainTextStory(sample));
}

/** The story with the words of `start..end` in paragraph `b` tagged as a quote of `speakerId`. */
function tagged(article: Article, b: number, start: number, end: number, speakerId: string): Article {
  const body = structuredClone<Block[]>(article.body);
  const block = body[b] as Extract<Block, { type: 'paragraph' }>;
  const text = (block.children[0] as { text: string }).text;
  const quote: Inline = { type: 'quote', quoteId: 'q1', speakerId, taggedText: text.slice(start, end), children: [{ text: text.slice(start, end) }] };
  block.children = [{ text: text.slice(0, start) }, quote, { text: text.slice(end) }];
  return { ...article, body };
}

describe('quote analysis of the sample wire story', () => {
  it('suggests seven direct quotes, four for Blinken and three for Truss, each placed in its paragraph', () => {
    const analysis = analyseQuotes('wire', story());
    const direct = analysis.suggestions.filter((s) => s.kind === 'direct');
    expect(direct).toHaveLength(7);
    expect(direct.filter((s) => s.speakerName === 'Antony Blinken')).toHaveLength(4);
    expect(direct.filter((s) => s.speakerName === 'Liz Truss')).toHaveLength(3);
    for (const s of analysis.suggestions) expect(s.containerText.slice(s.from, s.to)).toBe(s.text);
    expect(analysis.pronouns['Liz Truss']).toBe('she');
    expect(analysis.suggestions.some((s) => s.kind === 'indirect' && s.text.startsWith('America entering'))).toBe(true);
  });

  it('drops a suggestion once its words are tagged, and resolves speakers to the cast', () => {
    const first = analyseQuotes('wire', story()).suggestions.find((s) => s.kind === 'direct')!;
    const withTag = tagged(story(), first.path[0]!, first.from, first.to, 'b1');
    withTag.speakers = [{ id: 'b1', fullName: 'Antony Blinken', shortName: 'Blinken', role: '', organisation: '', pronoun: 'he' }];
    const analysis = analyseQuotes('wire', withTag);
    expect(analysis.suggestions.filter((s) => s.kind === 'direct')).toHaveLength(6);
    expect(analysis.suggestions.find((s) => s.speakerName === 'Antony Blinken')?.speakerId).toBe('b1');
    const groups = groupBySpeaker(analysis.tagged, withTag.speakers);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ share: 1, quotes: [{ quoteId: 'q1', text: first.text }] });
  });

  it('underlines a suggestion only while its paragraph is unchanged', () => {
    const article = story();
    const s = analyseQuotes('wire', article).suggestions[0]!;
    const decorate = suggestionDecorator([s]);
    const block = article.body[s.path[0]!]!;
    const [range] = decorate([block, s.path]);
    expect(range).toMatchObject({ anchor: { path: [...s.path, 0], offset: s.from }, focus: { path: [...s.path, 0], offset: s.to } });
    const edited = { ...block, children: [{ text: 'Changed. ' + s.containerText }] } as Block;
    expect(decorate([edited, s.path])).toEqual([]);
  });
});

describe('speaker groups', () => {
  it('counts quotes and shares of quoted words; quotes of nobody in the cast come last', () => {
    const cast = [
      { id: 'a', fullName: 'A', shortName: 'A', role: '', organisation: '', pronoun: '' as const },
      { id: 'b', fullName: 'B', shortName: 'B', role: '', organisation: '', pronoun: '' as const },
    ];
    const span = (quoteId: string, speakerId: string | null, text: string, start: number) => ({ quoteId, speakerId, taggedText: text, text, start, end: start + text.length, path: [0, 1] });
    const groups = groupBySpeaker([span('1', 'a', 'one two three', 0), span('2', 'b', 'four', 20), span('3', null, 'five six seven eight', 40), span('1', 'a', 'nine', 70)], cast);
    expect(groups.map((g) => [g.speaker?.id, g.quotes.length, g.words])).toEqual([
      ['a', 1, 4],
      ['b', 1, 1],
      [undefined, 1, 4],
    ]);
    expect(groups[0]!.share).toBeCloseTo(4 / 9);
  });
});
