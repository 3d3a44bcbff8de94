import type { BaseRange } from 'slate';
import type { Speaker } from '../../shared/model/article';
import type { QuoteAnalysis } from '../features/quotes/analysis';
import type { SliceCreator } from './types';

/** What the speaker picker over the body is open for: an existing quote, or words to tag. */
export type QuoteTagger = { quoteId: string; range?: undefined } | { quoteId?: undefined; range: BaseRange };

/** Quotes and speakers of the open story: the cast, suggestions and what is open to tag them. */
export interface QuotesSlice {
  /** The latest analysis of the open story's quotes (computed while the user pauses). */
  quoteAnalysis: QuoteAnalysis | null;
  /** Suggestions dismissed in this session, by story and suggestion key. */
  dismissedQuotes: Record<string, true>;
  quoteTagger: QuoteTagger | null;
  /** The speaker whose form is open in the Quotes panel. */
  editingSpeaker: string | null;
  setQuoteAnalysis: (analysis: QuoteAnalysis | null) => void;
  dismissQuote: (storyId: string, key: string) => void;
  openQuoteTagger: (tagger: QuoteTagger) => void;
  closeQuoteTagger: () => void;
  setEditingSpeaker: (id: string | null) => void;
  /** Changes the cast of the open story; a story edit, saved with the story. */
  editSpeakers: (update: (cast: Speaker[]) => Speaker[]) => void;
}

/** The key of a dismissed suggestion. */
export const dismissKey = (storyId: string, key: string) => `${storyId} ${key}`;

/** The quotes slice. */
export const createQuotesSlice: SliceCreator<QuotesSlice> = () => (set, get) => ({
  quoteAnalysis: null,
  dismissedQuotes: {},
  quoteTagger: null,
  editingSpeaker: null,
  setQuoteAnalysis: (quoteAnalysis) => set({ quoteAnalysis }),
  dismissQuote: (storyId, key) => set({ dismissedQuotes: { ...get().dismissedQuotes, [dismissKey(storyId, key)]: true } }),
  openQuoteTagger: (quoteTagger) => set({ quoteTagger }),
  closeQuoteTagger: () => set({ quoteTagger: null }),
  setEditingSpeaker: (editingSpeaker) => set({ editingSpeaker }),
  editSpeakers: (update) =>
    get().editArticle((article) => {
      const speakers = update(article.speakers);
      return speakers === article.speakers ? article : { ...article, speakers };
    }),
});
