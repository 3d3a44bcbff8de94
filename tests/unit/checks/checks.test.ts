import { describe, expect, it } from 'vitest';
import { hasBlocking, PREPUBLISH_CHECKS, runChecks } from '../../../shared/checks/list';
import type { Check, CheckProblem } from '../../../shared/checks/types';
import type { Article } from '../../../shared/model/article';
import type { Block, Inline } from '../../../shared/model/body';
import { cleanWith, fixture } from './helpers';
import { withQuoteProblems } from './quote-problems';

const clean = fixture('clean.story.json');

function problemsOf(article: Article, check: string, options = {}): CheckProblem[] {
  return runChecks(article, options).filter((p) => p.check === check);
}

const para = (...children: Inline[]): Block => ({ type: 'paragraph', children });

describe('the clean fixture', () => {
  it('passes every check', () => {
    expect(runChecks(clean)).toEqual([]);
  });

  it('is checked by every check of the list, each with its own id', () => {
    const ids = PREPUBLISH_CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'required-fields',
        'headline-length',
        'placeholders',
        'untagged-quotes',
        'quotation-marks',
        'quote-integrity',
        'unresolved-comments',
        'pending-suggestions',
        'image-alt',
        'malformed-links',
        'word-count',
      ]),
    );
  });
});

describe('required fields', () => {
  it('blocks an empty headline, no byline and an empty standfirst, naming each field', () => {
    const story = cleanWith((a) => {
      a.metadata.headline = '   ';
      a.metadata.bylines = [{ name: ' ', role: 'Reporter' }];
      a.metadata.standfirst = '';
    });
    const problems = problemsOf(story, 'required-fields');
    expect(problems.map((p) => [p.field, p.severity])).toEqual([
      ['headline', 'blocking'],
      ['bylines', 'blocking'],
      ['standfirst', 'blocking'],
    ]);
  });
});

describe('headline length', () => {
  it('warns above the limit and not at it', () => {
    const at = cleanWith((a) => (a.metadata.headline = 'x'.repeat(70)));
    expect(problemsOf(at, 'headline-length')).toEqual([]);
    const over = cleanWith((a) => (a.metadata.headline = 'x'.repeat(71)));
    expect(problemsOf(over, 'headline-length')).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'headline', message: expect.stringContaining('71') }),
    ]);
  });

  it('takes the limit as a parameter', () => {
    expect(problemsOf(clean, 'headline-length', { headlineLimit: 20 })).toHaveLength(1);
  });

  it('counts characters as a reader sees them', () => {
    const story = cleanWith((a) => (a.metadata.headline = '👩‍👩‍👧'.repeat(70)));
    expect(problemsOf(story, 'headline-length')).toEqual([]);
  });
});

describe('placeholders', () => {
  it.each([
    ['TK', 'Three night bus routes will run again from TK.'],
    ['TKTK', 'The fare is TKTK.'],
    ['XXX', 'The board met XXX times.'],
    ['[TK]', 'The board chair, [TK], spoke.'],
    ['[insert quote]', 'She said [insert quote] at the meeting.'],
    ['lorem ipsum', 'Lorem ipsum dolor sit amet.'],
  ])('blocks %s in the body and points at the block', (marker, text) => {
    const story = cleanWith((a) => a.body.splice(1, 0, para({ text })));
    const problems = problemsOf(story, 'placeholders');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'blocking', path: [1] });
    expect(problems[0]!.message.toLowerCase()).toContain(marker.toLowerCase());
  });

  it('finds markers in the headline, standfirst, list items and image captions', () => {
    const story = cleanWith((a) => {
      a.metadata.standfirst = 'Services return TK.';
      a.body.push({ type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'Fine' }] }, { type: 'list-item', children: [{ text: 'N4 at XXX' }] }] });
      const image = a.body[2]!;
      if (image.type === 'image') image.caption = 'Photo: TK';
    });
    const problems = problemsOf(story, 'placeholders');
    expect(problems.map((p) => p.field ?? p.path)).toEqual(['standfirst', [2], [4, 1]]);
  });

  it('leaves words that only contain the letters alone', () => {
    const story = cleanWith((a) =>
      a.body.push(para({ text: 'The TKO came in round six; Tkachenko won. XX marks the spot, and the tk-file loaded.' })),
    );
    expect(problemsOf(story, 'placeholders')).toEqual([]);
  });
});

describe('untagged quotes', () => {
  const quote = (speakerId: string | null, text: string): Inline => ({ type: 'quote', quoteId: 'q-new', speakerId, children: [{ text }] });

  it('blocks an inline quote with no speaker, with the path of the quote node', () => {
    const story = cleanWith((a) => a.body.push(para({ text: 'A driver said ' }, quote(null, 'It was about time.'))));
    expect(problemsOf(story, 'untagged-quotes')).toEqual([
      expect.objectContaining({ severity: 'blocking', path: [4, 1], message: expect.stringContaining('It was about time.') }),
    ]);
  });

  it('blocks a quote tagged to a speaker who is not in the cast', () => {
    const story = cleanWith((a) => a.body.push(para(quote('spk-gone', 'We will see.'))));
    expect(problemsOf(story, 'untagged-quotes')).toEqual([expect.objectContaining({ severity: 'blocking', path: [4, 0] })]);
  });

  it('blocks an untagged pull quote and warns about a bare block quote', () => {
    const story = cleanWith((a) => {
      a.body.push({ type: 'pull-quote', quoteId: 'q-pull', speakerId: null, children: [{ text: 'A safe way home.' }] });
      a.body.push({ type: 'block-quote', children: [{ text: 'Section 4 of the agreement reads as follows.' }] });
    });
    expect(problemsOf(story, 'untagged-quotes').map((p) => [p.path, p.severity])).toEqual([
      [[4], 'blocking'],
      [[5], 'warning'],
    ]);
  });

  it('accepts a tagged pull quote', () => {
    const story = cleanWith((a) => a.body.push({ type: 'pull-quote', quoteId: 'q-pull', speakerId: 'spk-lund', children: [{ text: 'A safe way home.' }] }));
    expect(problemsOf(story, 'untagged-quotes')).toEqual([]);
  });
});

describe('quotation marks outside quote nodes', () => {
  it.each([
    ['straight', 'A driver said "we finally have a deal" after the vote.'],
    ['curly', 'A driver said “we finally have a deal” after the vote.'],
    ['guillemets', 'Un chauffeur a dit « nous avons enfin un accord » hier.'],
    ['low-high', 'Ein Fahrer sagte „wir haben endlich eine Einigung“ gestern.'],
    ['single curly', 'A driver said ‘we don’t want more delays,’ after the vote.'],
  ])('warns about %s quotation marks around speech', (_name, text) => {
    const story = cleanWith((a) => a.body.push(para({ text })));
    expect(problemsOf(story, 'quotation-marks')).toEqual([expect.objectContaining({ severity: 'warning', path: [4] })]);
  });

  it('ignores scare quotes, apostrophes and marks around a tagged quote', () => {
    const story = cleanWith((a) =>
      a.body.push(
        para(
          { text: 'The so-called “night tax” and the drivers’ union’s plan. Lund said “' },
          { type: 'quote', quoteId: 'q-2', speakerId: 'spk-lund', taggedText: 'We will run every night of the week.', children: [{ text: 'We will run every night of the week.' }] },
          { text: '”' },
        ),
      ),
    );
    expect(problemsOf(story, 'quotation-marks')).toEqual([]);
  });
});

describe('quote integrity', () => {
  it('blocks a tagged quote whose words changed since it was tagged', () => {
    const story = cleanWith((a) => {
      const quote = (a.body[1] as { children: Inline[] }).children[1] as { children: { text: string }[] };
      quote.children[0]!.text = 'People who work late deserve a cheap way home.';
    });
    expect(problemsOf(story, 'quote-integrity')).toEqual([
      expect.objectContaining({ severity: 'blocking', path: [1, 1], message: expect.stringMatching(/safe way home.*cheap way home/) }),
    ]);
  });

  it('accepts changes of spacing and punctuation only', () => {
    const story = cleanWith((a) => {
      const quote = (a.body[1] as { children: Inline[] }).children[1] as { children: { text: string }[] };
      quote.children[0]!.text = 'People who work late  deserve a safe way home!';
    });
    expect(problemsOf(story, 'quote-integrity')).toEqual([]);
  });

  it('checks a tagged block quote as well', () => {
    const story = cleanWith((a) =>
      a.body.push({ type: 'block-quote', quoteId: 'q-b', speakerId: 'spk-lund', taggedText: 'Every route runs.', children: [{ text: 'Most routes run.' }] }),
    );
    expect(problemsOf(story, 'quote-integrity')).toEqual([expect.objectContaining({ path: [4] })]);
  });
});

describe('comments and suggestions', () => {
  it('warns about each unresolved comment, with who wrote it', () => {
    const story = cleanWith((a) => {
      a.comments.push({ ...a.comments[0]!, id: 'c-2', resolved: false, text: 'Is this the right fare?', author: { name: 'Ana Diaz', initials: 'AD' } });
    });
    expect(problemsOf(story, 'unresolved-comments')).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('Ana Diaz') }),
    ]);
  });

  it('blocks each pending suggestion', () => {
    const story = cleanWith((a) => {
      const s = { author: { name: 'Sam Reyes', initials: 'SR' }, createdAt: '2025-03-04T10:00:00.000Z' };
      a.suggestions.push({ id: 's-1', kind: 'insert', text: 'late-night', ...s }, { id: 's-2', kind: 'delete', text: 'about', ...s });
    });
    const problems = problemsOf(story, 'pending-suggestions');
    expect(problems.map((p) => p.severity)).toEqual(['blocking', 'blocking']);
    expect(problems[1]!.message).toMatch(/delete.*about/);
  });
});

describe('images and links', () => {
  it('warns about an image with blank alt text', () => {
    const story = cleanWith((a) => {
      const image = a.body[2]!;
      if (image.type === 'image') image.alt = '  ';
    });
    expect(problemsOf(story, 'image-alt')).toEqual([expect.objectContaining({ severity: 'warning', path: [2] })]);
  });

  it('blocks links, embeds and related links whose address is not http, https or mailto', () => {
    // Built in memory: the file schema would refuse these addresses.
    const story = cleanWith((a) => {
      a.body.push(
        para({ type: 'quote', quoteId: 'q-3', speakerId: 'spk-lund', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ text: 'here' }] }] }),
        { type: 'embed', url: '//evil.example/x', title: 'Map', children: [{ text: '' }] },
        { type: 'related-links', title: 'More', items: [{ title: 'Fine', url: 'https://ok.example/' }, { title: 'Bad', url: 'file:///etc/passwd' }], children: [{ text: '' }] },
      );
    });
    const problems = problemsOf(story, 'malformed-links');
    expect(problems.map((p) => p.path)).toEqual([[4, 0, 0], [5], [6]]);
    expect(problems.every((p) => p.severity === 'blocking')).toBe(true);
    expect(problems[2]!.message).toContain('Related link 2');
    expect(problemsOf(clean, 'malformed-links')).toEqual([]);
  });
});

describe('word count', () => {
  it('warns outside ±10% of the target and says by how much', () => {
    const under = cleanWith((a) => (a.metadata.targetWords = 100));
    expect(problemsOf(under, 'word-count')).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/69 words, 31% under the target of 100/) })]);
    const over = cleanWith((a) => (a.metadata.targetWords = 50));
    expect(problemsOf(over, 'word-count')[0]!.message).toMatch(/38% over/);
  });

  it('accepts a count within 10%, and a story with no target', () => {
    expect(problemsOf(cleanWith((a) => (a.metadata.targetWords = 76)), 'word-count')).toEqual([]);
    expect(problemsOf(cleanWith((a) => (a.metadata.targetWords = 63)), 'word-count')).toEqual([]);
    expect(problemsOf(cleanWith((a) => (a.metadata.targetWords = null)), 'word-count')).toEqual([]);
  });
});

describe('runChecks', () => {
  it('finds every kind of problem in the problems fixture, blocking ones among them', () => {
    const problems = runChecks(withQuoteProblems(fixture('problems.story.json')));
    expect(new Set(problems.map((p) => p.check))).toEqual(
      new Set(PREPUBLISH_CHECKS.map((c) => c.id).filter((id) => id !== 'malformed-links')),
    );
    expect(hasBlocking(problems)).toBe(true);
  });

  it('runs extra checks after the list, and reports a check that throws instead of throwing', () => {
    const extra: Check = { id: 'speaker-balance', label: 'Speaker balance', run: () => [{ check: 'speaker-balance', severity: 'warning', message: 'Only one voice.' }] };
    const broken: Check = {
      id: 'broken',
      label: 'Broken',
      run: () => {
        throw new Error('boom');
      },
    };
    const problems = runChecks(clean, { extraChecks: [extra, broken] });
    expect(problems).toEqual([
      { check: 'speaker-balance', severity: 'warning', message: 'Only one voice.' },
      expect.objectContaining({ check: 'broken', severity: 'blocking', message: expect.stringContaining('boom') }),
    ]);
  });

  it('has warnings that do not block', () => {
    const problems = runChecks(cleanWith((a) => (a.metadata.headline = 'x'.repeat(90))));
    expect(problems).toHaveLength(1);
    expect(hasBlocking(problems)).toBe(false);
  });
});
