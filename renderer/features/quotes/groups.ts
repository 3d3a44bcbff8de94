import type { Speaker } from '../../../shared/model/article';
import type { TaggedQuoteSpan } from '../../../shared/quotes';
import { countWords } from '../../../shared/text/count';

/** One tagged quote as the panel lists it (a quote tagged over two paragraphs counts once). */
export interface ListedQuote {
  quoteId: string;
  speakerId: string | null;
  text: string;
  start: number;
  words: number;
}

/** The quotes of one speaker, or of nobody (`speaker` undefined). */
export interface SpeakerGroup {
  speaker: Speaker | undefined;
  quotes: ListedQuote[];
  words: number;
  /** Share of all quoted words, 0..1. */
  share: number;
}

/** Tagged quotes grouped by speaker, in cast order, with counts and each speaker's share of quoted words; quotes with no known speaker come last. */
export function groupBySpeaker(tagged: readonly TaggedQuoteSpan[], cast: readonly Speaker[]): SpeakerGroup[] {
  const quotes = new Map<string, ListedQuote>();
  for (const t of tagged) {
    const known = quotes.get(t.quoteId);
    if (known) {
      known.text += ' ' + t.text;
      known.words += countWords(t.text);
    } else {
      quotes.set(t.quoteId, { quoteId: t.quoteId, speakerId: t.speakerId, text: t.text, start: t.start, words: countWords(t.text) });
    }
  }
  const ids = new Set(cast.map((s) => s.id));
  const all = [...quotes.values()];
  const total = all.reduce((n, q) => n + q.words, 0);
  const group = (speaker: Speaker | undefined, list: ListedQuote[]): SpeakerGroup => {
    const words = list.reduce((n, q) => n + q.words, 0);
    return { speaker, quotes: list, words, share: total ? words / total : 0 };
  };
  const groups = cast.map((s) => group(s, all.filter((q) => q.speakerId === s.id)));
  const orphans = all.filter((q) => q.speakerId === null || !ids.has(q.speakerId));
  if (orphans.length) groups.push(group(undefined, orphans));
  return groups;
}
