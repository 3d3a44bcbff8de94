import type { Article } from '../model/article';
import type { Check, CheckProblem } from './types';
import { describePath, inlineContainers, inlinesText, quoteInlines, snippet, textOutsideQuotes } from './walk';
import { sameWords, wordsOf } from './words';

/** A quote in the story, inline or a whole block, with its speaker fields. */
interface QuoteAt {
  path: number[];
  text: string;
  speakerId: string | null | undefined;
  taggedText: string | undefined;
  /** True for a block quote with no quote id: a quotation nobody has tagged. */
  bare: boolean;
}

function quotesOf(article: Article): QuoteAt[] {
  const quotes: QuoteAt[] = quoteInlines(article.body).map(({ node, path }) => ({
    path,
    text: inlinesText(node.children),
    speakerId: node.speakerId,
    taggedText: node.taggedText,
    bare: false,
  }));
  article.body.forEach((block, b) => {
    if (block.type !== 'block-quote' && block.type !== 'pull-quote') return;
    quotes.push({
      path: [b],
      text: inlinesText(block.children),
      speakerId: block.speakerId,
      taggedText: block.taggedText,
      bare: block.quoteId === undefined,
    });
  });
  return quotes.sort((x, y) => comparePaths(x.path, y.path));
}

function comparePaths(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** Every quote node names a speaker of the story's cast. */
export const untaggedQuotesCheck: Check = {
  id: 'untagged-quotes',
  label: 'Untagged quotes',
  run(article) {
    const cast = new Set(article.speakers.map((s) => s.id));
    const problems: CheckProblem[] = [];
    for (const quote of quotesOf(article)) {
      const where = describePath(article.body, quote.path);
      const words = snippet(quote.text);
      if (quote.speakerId === null || (quote.speakerId === undefined && !quote.bare)) {
        problems.push({
          check: 'untagged-quotes',
          severity: 'blocking',
          message: `Quote not tagged to a speaker in ${where}: “${words}”`,
          path: quote.path,
        });
      } else if (quote.speakerId === undefined) {
        problems.push({
          check: 'untagged-quotes',
          severity: 'warning',
          message: `Quotation block with no speaker in ${where}: “${words}”`,
          path: quote.path,
        });
      } else if (!cast.has(quote.speakerId)) {
        problems.push({
          check: 'untagged-quotes',
          severity: 'blocking',
          message: `Quote tagged to a speaker who is not in the story's cast in ${where}: “${words}”`,
          path: quote.path,
        });
      }
    }
    return problems;
  },
};

/** Quotation mark pairs; single curly quotes only where they cannot be apostrophes. */
const QUOTATIONS: readonly RegExp[] = [
  /“([^“”]+)”/gu,
  /"([^"]+)"/gu,
  /«([^«»]+)»/gu,
  /„([^„“”]+)[“”]/gu,
  /(?<![\p{L}\p{N}])‘(.+?)’(?![\p{L}\p{N}])/gu,
];

/** Fewer words than this inside quotation marks reads as a title or scare quotes, not speech. */
const MIN_QUOTE_WORDS = 3;

/** The quoted passages of a text that look like speech. */
export function findQuotations(text: string): string[] {
  const found: { index: number; words: string }[] = [];
  for (const pattern of QUOTATIONS) {
    for (const match of text.matchAll(pattern)) {
      const inner = match[1] ?? '';
      if (wordsOf(inner).length >= MIN_QUOTE_WORDS) found.push({ index: match.index, words: inner });
    }
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.words);
}

/** Quotation marks around speech that is not inside a tagged quote. */
export const quotationMarksCheck: Check = {
  id: 'quotation-marks',
  label: 'Quotations not tagged',
  run(article) {
    const problems: CheckProblem[] = [];
    for (const container of inlineContainers(article.body)) {
      if (container.block.type === 'block-quote' || container.block.type === 'pull-quote') continue;
      for (const piece of textOutsideQuotes(container.children)) {
        for (const words of findQuotations(piece)) {
          problems.push({
            check: 'quotation-marks',
            severity: 'warning',
            message: `Quotation not tagged as a quote in ${describePath(article.body, container.path)}: “${snippet(words)}”`,
            path: container.path,
          });
        }
      }
    }
    return problems;
  },
};

/** A tagged quote still says what it said when it was tagged. */
export const quoteIntegrityCheck: Check = {
  id: 'quote-integrity',
  label: 'Quote integrity',
  run(article) {
    const problems: CheckProblem[] = [];
    for (const quote of quotesOf(article)) {
      if (typeof quote.speakerId !== 'string' || quote.taggedText === undefined) continue;
      if (sameWords(quote.text, quote.taggedText)) continue;
      problems.push({
        check: 'quote-integrity',
        severity: 'blocking',
        message: `Quote changed since it was tagged in ${describePath(article.body, quote.path)}: was “${snippet(quote.taggedText)}”, now “${snippet(quote.text)}”`,
        path: quote.path,
      });
    }
    return problems;
  },
};
