import type { Article } from '../../shared/model/article';
import type { Block } from '../../shared/model/body';
import { createArticle } from '../../shared/model/factory';
import { detectQuotes } from '../../shared/quotes';
import { storyQuoteText } from '../../shared/quotes/story-text';
import { seeded, words } from './generate';

/** Time to suggest the quotes of a ~10,000-word story, in milliseconds. */
export interface QuotesRow {
  words: number;
  quotes: number;
  /** The first run, before the engine has compiled the detector's hot paths. */
  firstMs: number;
  medianMs: number;
  maxMs: number;
}

const CAST = [
  { id: 'spk-holt', fullName: 'Maren Holt', shortName: 'Holt', role: 'Mayor', organisation: '', pronoun: 'she' as const },
  { id: 'spk-osei', fullName: 'Kofi Osei', shortName: 'Osei', role: 'Councillor', organisation: '', pronoun: 'he' as const },
];

/** Paragraphs in the shapes quotes take in news copy, filled with generated words. */
const SHAPES: ((w: (n: number) => string) => string)[] = [
  (w) => `“${w(18)},” Maren Holt, the mayor, said.`,
  (w) => `Kofi Osei said: “${w(22)}.”`,
  (w) => `She added, “${w(14)}.”`,
  (w) => `Osei stated that ${w(16)}.`,
  (w) => `“${w(9)},” he said, “${w(12)}.”`,
  (w) => `According to the council, “${w(15)}.”`,
  (w) => `The ${w(3)} “${w(1)}” ${w(20)}.`,
];

/** A story of about `total` words where every other paragraph holds a quote. */
export function quotedStory(total: number): Article {
  const random = seeded(total + 1);
  const w = (n: number): string => words(n, random).replace(/\.$/, '');
  const body: Block[] = [];
  let written = 0;
  for (let n = 0; written < total; n++) {
    const text = n % 2 === 1 ? SHAPES[(n >> 1) % SHAPES.length]!(w) : `${words(45, random)}`;
    body.push({ type: 'paragraph', children: [{ text }] });
    written += text.split(/\s+/).length;
  }
  const article = createArticle({ headline: 'Quoted story for the benchmark', section: 'Bench', body });
  article.speakers = CAST;
  return article;
}

/** Times quote detection on a ~10k-word story: the median and slowest of `runs` runs after a warm-up. */
export function benchQuotes(runs = 25): { medianMs: number; maxMs: number } {
  const { medianMs, maxMs } = benchQuotesRow(runs);
  return { medianMs, maxMs };
}

/** `benchQuotes` with the size of the story and the number of suggestions. */
export function benchQuotesRow(runs = 25, total = 10_000): QuotesRow {
  const article = quotedStory(total);
  const { text } = storyQuoteText(article);
  const options = { language: article.metadata.language, knownSpeakers: article.speakers };
  const first = performance.now();
  const quotes = detectQuotes(text, options).length;
  const firstMs = performance.now() - first;
  for (let i = 0; i < 2; i++) detectQuotes(text, options);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    detectQuotes(text, options);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const round = (x: number): number => Math.round(x * 100) / 100;
  return { words: text.split(/\s+/).filter(Boolean).length, quotes, firstMs: round(firstMs), medianMs: round(times[Math.floor(times.length / 2)]!), maxMs: round(times[times.length - 1]!) };
}
