import type { Article, Speaker } from '../../../shared/model/article';
import { locateOffset, quotesOf, taggedAlready, type QuoteSuggestion, type TaggedQuoteSpan, type TextSpan } from '../../../shared/quotes';
import { findSpeaker } from './cast';

/** A suggested quote, placed in the body. */
export interface PlacedSuggestion {
  /** Stable for the same words at the same place: what dismissing remembers. */
  key: string;
  kind: 'direct' | 'indirect';
  text: string;
  /** Offsets into the story text. */
  start: number;
  end: number;
  /** Body path of the paragraph (or list item) holding it, and offsets into that paragraph's text. */
  path: number[];
  from: number;
  to: number;
  /** The paragraph's text when found: the suggestion only applies while it is unchanged. */
  containerText: string;
  /** Who the engine says it is, and where the text says so. */
  speakerName: string | null;
  mention: TextSpan | null;
  cue: TextSpan | null;
  confidence: number;
  /** The cast member the name resolves to, if any. */
  speakerId: string | null;
}

/** The quotes of a story as found at one moment. */
export interface QuoteAnalysis {
  storyId: string;
  /** The story as analysed; checks and shares are computed from it. */
  article: Article;
  text: string;
  tagged: TaggedQuoteSpan[];
  suggestions: PlacedSuggestion[];
  /** Pronouns the text uses for each suggested speaker name ("She added" → she). */
  pronouns: Record<string, Speaker['pronoun']>;
}

const PRONOUNS: Record<string, Speaker['pronoun']> = { he: 'he', she: 'she', they: 'they' };

/** The key a suggestion is dismissed by. */
export function suggestionKey(s: Pick<QuoteSuggestion, 'kind' | 'start' | 'text'>): string {
  return `${s.kind}:${s.start}:${s.text}`;
}

/** Finds the quotes of `article`: its tagged quotes and suggestions for the rest, placed in the body. */
export function analyseQuotes(storyId: string, article: Article): QuoteAnalysis {
  const { story, found } = quotesOf(article);
  const pronouns: Record<string, Speaker['pronoun']> = {};
  const suggestions: PlacedSuggestion[] = [];
  for (const s of found) {
    if (s.speaker) {
      const p = PRONOUNS[s.speaker.mention.text.toLowerCase()];
      if (p && !pronouns[s.speaker.name]) pronouns[s.speaker.name] = p;
    }
    if (taggedAlready(s, story.tagged)) continue;
    const at = locateOffset(story, s.start);
    const until = locateOffset(story, s.end);
    if (!at || !until || at.path.join() !== until.path.join()) continue;
    const container = story.containers.find((c) => c.path.join() === at.path.join())!;
    suggestions.push({
      key: suggestionKey(s),
      kind: s.kind,
      text: s.text,
      start: s.start,
      end: s.end,
      path: at.path,
      from: at.offset,
      to: until.offset,
      containerText: story.text.slice(container.start, container.end),
      speakerName: s.speaker?.name ?? null,
      mention: s.speaker ? { ...s.speaker.mention } : null,
      cue: s.cue ? { ...s.cue } : null,
      confidence: s.confidence,
      speakerId: s.speaker ? (findSpeaker(article.speakers, s.speaker.name)?.id ?? null) : null,
    });
  }
  return { storyId, article, text: story.text, tagged: story.tagged, suggestions, pronouns };
}
