import { useEffect } from 'react';
import { useApp, useAppStore } from '../store';

/** Tells main the open story's language, so the spellchecker uses its dictionary. */
export function useSpellcheckLanguage(): void {
  const store = useAppStore();
  const language = useApp((s) => s.story?.article.metadata.language ?? null);
  useEffect(() => {
    if (language === null) return;
    // Typing a language tag goes through several values; settle first.
    const timer = setTimeout(() => void store.getState().setSpellcheckLanguage(language), 300);
    return () => clearTimeout(timer);
  }, [store, language]);
}
