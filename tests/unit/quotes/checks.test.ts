import { describe, expect, it } from 'vitest';
import { PREPUBLISH_CHECKS, runChecks } from '../../../shared/checks/list';
import type { CheckProblem } from '../../../shared/checks/types';
import type { Article } from '../../../shared/model/article';
import { para, quote, speaker, story } from './story';

const okafor = speaker('spk-okafor', 'Jane Okafor', 'Okafor', 'she');
const reyes = speaker('spk-reyes', 'Tom Reyes', 'Reyes', 'he');
const lund = speaker('spk-lund', 'Petra Lund', 'Lund', 'she');

function problemsOf(article: Article, check: string): CheckProblem[] {
  return runChecks(article).filter((p) => p.check === check);
}

describe('the quote checks in the pre-publish list', () => {
  it('run with every other check, so `check FILE` and the Approve step both see them', () => {
    const ids = PREPUBLISH_CHECKS.map((c) => c.id);
    for (const id of ['unattributed-quotes', 'unbalanced-quotes', 'ambiguous-pronoun', 'speaker-first-mention']) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('find nothing in a story whose quotes are tagged, attributed and balanced', () => {
    const article = story(
      [
        para('Jane Okafor, the council leader, said: “We have a budget that works for every ward.”'),
        para('Tom Reyes, who leads the opposition, disagreed. “It cuts the bus routes we rely on,” Reyes said.'),
        para('Okafor said the vote would be held on Monday.'),
      ],
      [okafor, reyes],
    );
    const quoteProblems = runChecks(article).filter((p) => /quote|pronoun|speaker/.test(p.check) && p.check !== 'quotation-marks');
    expect(quoteProblems).toEqual([]);
  });
});

describe('a quote with no speaker', () => {
  it('warns about a quotation nobody is named as saying, pointing at its paragraph', () => {
    const article = story([para('The council met on Monday.'), para('“Every ward will lose a bus route by the end of the year.”')]);
    expect(problemsOf(article, 'unattributed-quotes')).toEqual([
      {
        check: 'unattributed-quotes',
        severity: 'warning',
        message: 'Quote with no speaker in block 2 (paragraph): “Every ward will lose a bus route by the end of the year.”',
        path: [1],
      },
    ]);
  });

  it('sees an edit made to the same story object since the last run', () => {
    const article = story([para('“Every ward will lose a bus route by the end of the year.”')]);
    expect(problemsOf(article, 'unattributed-quotes')).toHaveLength(1);
    article.body[0] = para('“Every ward will lose a bus route by the end of the year,” Jane Okafor said.');
    expect(problemsOf(article, 'unattributed-quotes')).toEqual([]);
  });

  it('says nothing about an attributed quotation or one inside a tagged quote', () => {
    const attributed = story([para('“Every ward will lose a bus route by the end of the year,” Jane Okafor said.')]);
    expect(problemsOf(attributed, 'unattributed-quotes')).toEqual([]);
    const tagged = story([para('“', quote('q-1', 'spk-okafor', 'Every ward will lose a bus route by the end of the year.'), '”')], [okafor]);
    expect(problemsOf(tagged, 'unattributed-quotes')).toEqual([]);
  });

  it('blocks a tagged quote with no speaker once, under the existing untagged-quotes check', () => {
    const article = story([para('Jane Okafor said: “', quote('q-1', null, 'We have a budget that works.'), '”')], [okafor]);
    expect(problemsOf(article, 'untagged-quotes')).toEqual([expect.objectContaining({ severity: 'blocking', path: [0, 1] })]);
    expect(problemsOf(article, 'unattributed-quotes')).toEqual([]);
  });
});

describe('unbalanced quotation marks', () => {
  it('warns about a mark that is never closed and one that was never opened', () => {
    const article = story([
      para('Jane Okafor said: “We have a budget that works for every ward.'),
      para('The vote is on Monday.'),
      para('Tom Reyes said the plan was fine” and left.'),
    ]);
    const problems = problemsOf(article, 'unbalanced-quotes');
    expect(problems.map((p) => [p.path, p.severity])).toEqual([
      [[0], 'warning'],
      [[2], 'warning'],
    ]);
    expect(problems[0]!.message).toMatch(/^Quotation mark “ is never closed in block 1 \(paragraph\)/);
    expect(problems[1]!.message).toBe('Closing mark ” has no opening mark in block 3 (paragraph).');
  });

  it('accepts a quote over several paragraphs that reopens each one, and apostrophes', () => {
    const article = story([
      para('Jane Okafor said: “The first part of the plan is the buses.'),
      para('“The second part is the schools’ budget, back to the ‘90s level.”'),
      para('Rock ’n’ roll was never the council’s thing, Tom Reyes said.'),
    ]);
    expect(problemsOf(article, 'unbalanced-quotes')).toEqual([]);
  });

  it('points into the right list item', () => {
    const article = story([
      para('The council listed its aims.'),
      { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'Buses' }] }, { type: 'list-item', children: [{ text: 'Schools “first' }] }] },
    ]);
    expect(problemsOf(article, 'unbalanced-quotes').map((p) => p.path)).toEqual([[1, 1]]);
  });
});

describe('a pronoun that could mean two speakers', () => {
  it('warns when two people of the cast with that pronoun are named in the sentence before it', () => {
    const article = story(
      [para('Jane Okafor met Petra Lund after the vote. She said, “We will publish every figure on Friday.”')],
      [okafor, lund],
    );
    const problems = problemsOf(article, 'ambiguous-pronoun');
    expect(problems).toEqual([
      { check: 'ambiguous-pronoun', severity: 'warning', message: '“She” in block 1 (paragraph) could mean Jane Okafor or Petra Lund.', path: [0] },
    ]);
  });

  it('is quiet when only one of them matches the pronoun, or they were named long before', () => {
    const mixed = story([para('Jane Okafor met Tom Reyes after the vote. She said, “We will publish every figure on Friday.”')], [okafor, reyes]);
    expect(problemsOf(mixed, 'ambiguous-pronoun')).toEqual([]);
    const far = story(
      [
        para('Jane Okafor met Petra Lund after the vote.'),
        para('The meeting ran late. The budget passed by two votes. Lund said the figures were checked twice.'),
        para('She added, “We will publish every figure on Friday.”'),
      ],
      [okafor, lund],
    );
    expect(problemsOf(far, 'ambiguous-pronoun')).toEqual([]);
  });
});

describe('a speaker first named by a short name', () => {
  it('warns when the body calls a speaker by surname before the full name', () => {
    const article = story([para('Okafor opened the meeting.'), para('Jane Okafor, the council leader, said the budget was balanced.')], [okafor]);
    expect(problemsOf(article, 'speaker-first-mention')).toEqual([
      {
        check: 'speaker-first-mention',
        severity: 'warning',
        message: 'Jane Okafor is first called “Okafor” in block 1 (paragraph); give the full name first.',
        path: [0],
      },
    ]);
  });

  it('accepts a full name with a title before it, then the short name', () => {
    const article = story([para('Council leader Jane Okafor opened the meeting.'), para('Okafor said the budget was balanced.')], [okafor]);
    expect(problemsOf(article, 'speaker-first-mention')).toEqual([]);
  });

  it('warns about a quoted speaker the body never names', () => {
    const article = story([para('The leader said: “', quote('q-1', 'spk-okafor', 'We have a budget.'), '”')], [okafor]);
    expect(problemsOf(article, 'speaker-first-mention').map((p) => p.message)).toEqual(['Jane Okafor is quoted but never named in the body.']);
  });
});
