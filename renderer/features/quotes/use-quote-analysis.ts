import { useEffect, useMemo } from 'react';
import { useAppStore, useApp } from '../../store';
import { dismissKey } from '../../store/quotes-slice';
import { analyseQuotes } from './analysis';
import { suggestionDecorator } from './decorate';
import { whenStoryRests } from '../../store/watch';
import type { AppState } from '../../store/types';

/** How long typing pauses before quotes are looked for again. */
export const ANALYSIS_DELAY_MS = 500;

/**
 * Keeps the quote analysis of the open story fresh, off the typing path: a pause of
 * ANALYSIS_DELAY_MS, then an idle moment. Also underlines the suggestions in the body.
 * It watches the store itself, so a keystroke does not re-render the component using it.
 */
export function useQuoteAnalysis(): void {
  const store = useAppStore();
  const id = useApp((s) => s.story?.id ?? null);

  useEffect(() => {
    const changed = (state: AppState, previous: AppState) => {
      const [now, before] = [state.story?.article, previous.story?.article];
      return now?.body !== before?.body || now?.speakers !== before?.speakers || now?.metadata.language !== before?.metadata.language;
    };
    return whenStoryRests(store, { delayMs: ANALYSIS_DELAY_MS, changed }, () => {
      const story = store.getState().story;
      if (story) store.getState().setQuoteAnalysis(analyseQuotes(story.id, story.article));
    });
  }, [store]);

  useEffect(() => () => store.getState().setQuoteAnalysis(null), [store, id]);

  const analysis = useApp((s) => s.quoteAnalysis);
  const dismissed = useApp((s) => s.dismissedQuotes);
  const setDecorator = useApp((s) => s.setDecorator);
  const shown = useMemo(
    () => (analysis && analysis.storyId === id ? analysis.suggestions.filter((s) => !dismissed[dismissKey(analysis.storyId, s.key)]) : []),
    [analysis, dismissed, id],
  );
  useEffect(() => {
    setDecorator('quotes', shown.length > 0 ? suggestionDecorator(shown) : null);
  }, [setDecorator, shown]);
  useEffect(() => () => setDecorator('quotes', null), [setDecorator]);
}
