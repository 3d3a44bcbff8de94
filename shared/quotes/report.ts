import type { Article, Speaker } from '../model/article';
import { detectQuotes } from './detect';
import { overlap, quotesOf, taggedAlready } from './found';
import type { StoryQuoteText, TaggedQuoteSpan } from './story-text';
import type { DetectOptions, QuoteSuggestion, TextSpan } from './types';

/** One quote of a listing: a tagged quote of the story or a suggestion (the `quotes` command's JSON). */
export interface QuoteRow {
  kind: 'direct' | 'indirect';
  text: string;
  start: number;
  end: number;
  /** For a tagged quote, `mention` is where the text names its speaker, or null when it never does. */
  speaker: { name: string; mention: TextSpan | null } | null;
  cue: TextSpan | null;
  confidence: number;
  tagged: boolean;
}

function suggestionRow(s: QuoteSuggestion): QuoteRow {
  return {
    kind: s.kind,
    text: s.text,
    start: s.start,
    end: s.end,
    speaker: s.speaker ? { name: s.speaker.name, mention: { ...s.speaker.mention } } : null,
    cue: s.cue ? { ...s.cue } : null,
    confidence: s.confidence,
    tagged: false,
  };
}

/** The quotes suggested for a plain text; offsets are JavaScript string indices into `text`. */
export function textQuoteRows(text: string, options: DetectOptions = {}): QuoteRow[] {
  return detectQuotes(text, options).map(suggestionRow);
}

function nameOf(speaker: Speaker): string {
  return speaker.fullName.trim() || speaker.shortName.trim();
}

/** The names a speaker goes by: full name, short name and surname, longest first. */
export function speakerNames(speaker: Pick<Speaker, 'fullName' | 'shortName'>): string[] {
  const full = speaker.fullName.trim();
  const names = [full, speaker.shortName.trim()];
  const words = full.split(/\s+/);
  if (words.length > 1) names.push(words[words.length - 1]!);
  return [...new Set(names.filter((n) => n !== ''))].sort((a, b) => b.length - a.length);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern finding any of `names` as whole words. */
export function namePattern(names: readonly string[]): RegExp | null {
  if (names.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map((n) => escape(n).replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** The nearest place before the quote (else after it) where the text names the speaker. */
function nearestNaming(text: string, speaker: Speaker, quote: TaggedQuoteSpan): TextSpan | null {
  const pattern = namePattern(speakerNames(speaker));
  if (!pattern) return null;
  let before: TextSpan | null = null;
  for (const m of text.matchAll(pattern)) {
    const span = { text: m[0], start: m.index, end: m.index + m[0].length };
    if (overlap(span, quote) > 0) continue;
    if (span.end <= quote.start) before = span;
    else return before ?? span;
  }
  return before;
}

function taggedRow(story: StoryQuoteText, quote: TaggedQuoteSpan, cast: ReadonlyMap<string, Speaker>, found: readonly QuoteSuggestion[]): QuoteRow {
  const speaker = quote.speakerId === null ? undefined : cast.get(quote.speakerId);
  const name = speaker ? nameOf(speaker) : '';
  // The detector's evidence, when it reads the same quote as said by the same person.
  const evidence = found.find((s) => s.kind === 'direct' && overlap(s, quote) > 0 && s.speaker?.name === name);
  return {
    kind: 'direct',
    text: quote.text,
    start: quote.start,
    end: quote.end,
    speaker: speaker ? { name, mention: evidence?.speaker ? { ...evidence.speaker.mention } : nearestNaming(story.text, speaker, quote) } : null,
    cue: evidence?.cue ? { ...evidence.cue } : null,
    confidence: 1,
    tagged: true,
  };
}

/** The tagged quotes of a story and suggestions for the untagged ones, in text order, with offsets into `storyQuoteText`. */
export function storyQuoteRows(article: Pick<Article, 'body' | 'speakers' | 'metadata'>): QuoteRow[] {
  const { story, found } = quotesOf(article);
  const cast = new Map(article.speakers.map((s) => [s.id, s]));
  const rows = story.tagged.map((quote) => taggedRow(story, quote, cast, found));
  for (const s of found) if (!taggedAlready(s, story.tagged)) rows.push(suggestionRow(s));
  return rows.sort((a, b) => a.start - b.start || b.end - a.end || Number(b.tagged) - Number(a.tagged));
}
