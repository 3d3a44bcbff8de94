import { articleWordCount } from '../model/text';
import { countCharacters } from '../text/count';
import type { Check, CheckProblem } from './types';

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

/** Headline, byline and standfirst must be filled in. */
export const requiredFieldsCheck: Check = {
  id: 'required-fields',
  label: 'Required fields',
  run(article) {
    const m = article.metadata;
    const problems: CheckProblem[] = [];
    const missing = (field: string, message: string) =>
      problems.push({ check: 'required-fields', severity: 'blocking', message, field });
    if (blank(m.headline)) missing('headline', 'The headline is empty.');
    if (!Array.isArray(m.bylines) || m.bylines.every((byline) => blank(byline?.name))) missing('bylines', 'The story has no byline.');
    if (blank(m.standfirst)) missing('standfirst', 'The standfirst is empty.');
    return problems;
  },
};

/** The headline must fit the limit, in characters. */
export const headlineLengthCheck: Check = {
  id: 'headline-length',
  label: 'Headline length',
  run(article, { headlineLimit }) {
    const length = countCharacters(article.metadata.headline.trim());
    if (length <= headlineLimit) return [];
    return [
      {
        check: 'headline-length',
        severity: 'warning',
        message: `The headline is ${length} characters; the limit is ${headlineLimit}.`,
        field: 'headline',
      },
    ];
  },
};

/** The body's word count should be near the story's target. */
export const wordCountCheck: Check = {
  id: 'word-count',
  label: 'Word count',
  run(article, { wordTolerance }) {
    const target = article.metadata.targetWords;
    if (typeof target !== 'number' || !(target > 0)) return [];
    const words = articleWordCount(article);
    const off = (words - target) / target;
    if (Math.abs(off) <= wordTolerance + 1e-9) return [];
    const percent = Math.round(Math.abs(off) * 100);
    return [
      {
        check: 'word-count',
        severity: 'warning',
        message: `The body is ${words} words, ${percent}% ${off < 0 ? 'under' : 'over'} the target of ${target}.`,
        field: 'targetWords',
      },
    ];
  },
};
