import { useEffect, useMemo } from 'react';
import { useAppStore, useApp } from '../../store';
import { dismissKey } from '../../store/quotes-slice';
import { analyseQuotes } from './analysis';
import { suggestionDecorator } from './decorate';

/** How long typing pauses before quotes are looked for again. */
export const ANALYSIS_DELAY_MS = 500;

type Idle = (cb: () => void, options?: { timeout: number }) => number;

function whenIdle(cb: () => void): () => void {
  const w = window as Window & { requestIdleCallback?: Idle; cancelIdleCallback?: (id: number) => void };
  if (w.requestIdleCallback && w.cancelIdleCallback) {
    const id = w.requestIdleCallback(cb, { timeout: 1000 });
    return () => w.cancelIdleCallback(id);
  }
  const id = window.setTimeout(cb, 0);
  return () => window.clearTimeout(id);
}

/**
 * Keeps the quote analysis of the open story fresh, off the typing path: a pause of
 * ANALYSIS_DELAY_MS, then an idle moment. Also underlines the suggestions in the body.
 */
export function useQuoteAnalysis(): void {
  const store = useAppStore();
  const id = useApp((s) => s.story?.id ?? null);
  const body = useApp((s) => s.story?.article.body);
  const speakers = useApp((s) => s.story?.article.speakers);
  const language = useApp((s) => s.story?.article.metadata.language);

  useEffect(() => {
    if (id === null) return;
    let cancelIdle: (() => void) | null = null;
    const timer = window.setTimeout(() => {
      cancelIdle = whenIdle(() => {
        const story = store.getState().story;
        if (story?.id === id) store.getState().setQuoteAnalysis(analyseQuotes(id, story.article));
      });
    }, ANALYSIS_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      cancelIdle?.();
    };
  }, [store, id, body, speakers, language]);

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
