import type { Session } from 'electron';

/** Regional dictionaries to prefer when a story names only its language. */
const PREFERRED: Record<string, string> = { en: 'en-US', es: 'es', pt: 'pt-BR', no: 'nb' };

/**
 * The dictionaries to use for a story written in `language` (a BCP 47 tag),
 * chosen from those the platform offers; empty when none fits (Arabic has no
 * Chromium dictionary, for instance).
 */
export function dictionariesFor(language: string, available: readonly string[]): string[] {
  const wanted = language.trim().toLowerCase();
  if (wanted === '') return [];
  const byLower = new Map(available.map((code) => [code.toLowerCase(), code]));
  const exact = byLower.get(wanted);
  if (exact) return [exact];
  const primary = wanted.split('-')[0] ?? wanted;
  const preferred = PREFERRED[primary];
  const preferredCode = preferred ? byLower.get(preferred.toLowerCase()) : undefined;
  if (preferredCode) return [preferredCode];
  const plain = byLower.get(primary);
  if (plain) return [plain];
  const regional = available.find((code) => code.toLowerCase().startsWith(primary + '-'));
  return regional ? [regional] : [];
}

/** The part of an Electron session the spellchecker settings use. */
export type SpellcheckSession = Pick<
  Session,
  'availableSpellCheckerLanguages' | 'setSpellCheckerLanguages' | 'setSpellCheckerEnabled'
>;

/**
 * Checks spelling in the story's language. macOS uses the system checker,
 * which picks the language by itself. On Windows and Linux Chromium downloads
 * a dictionary the first time it is used; offline, checking stays off until
 * one is available. A language without a dictionary turns checking off rather
 * than marking every word as wrong.
 */
export function applySpellcheckLanguage(session: SpellcheckSession, language: string, platform: NodeJS.Platform): string[] {
  if (platform === 'darwin') {
    session.setSpellCheckerEnabled(true);
    return [language];
  }
  const languages = dictionariesFor(language, session.availableSpellCheckerLanguages);
  if (languages.length === 0) {
    session.setSpellCheckerEnabled(false);
    return [];
  }
  try {
    session.setSpellCheckerLanguages(languages);
  } catch (err) {
    console.error('[copydesk] could not set the spellchecker language:', err);
    session.setSpellCheckerEnabled(false);
    return [];
  }
  session.setSpellCheckerEnabled(true);
  return languages;
}
