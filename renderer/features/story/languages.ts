/** Languages a newsroom commonly writes in, by tag, with their own names for the picker. */
export const LANGUAGES: readonly { code: string; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'ar', name: 'العربية (Arabic)' },
  { code: 'fr', name: 'Français (French)' },
  { code: 'de', name: 'Deutsch (German)' },
  { code: 'es', name: 'Español (Spanish)' },
  { code: 'pt', name: 'Português (Portuguese)' },
  { code: 'it', name: 'Italiano (Italian)' },
  { code: 'nl', name: 'Nederlands (Dutch)' },
  { code: 'he', name: 'עברית (Hebrew)' },
  { code: 'fa', name: 'فارسی (Persian)' },
  { code: 'ur', name: 'اردو (Urdu)' },
  { code: 'tr', name: 'Türkçe (Turkish)' },
  { code: 'ru', name: 'Русский (Russian)' },
  { code: 'uk', name: 'Українська (Ukrainian)' },
  { code: 'hi', name: 'हिन्दी (Hindi)' },
  { code: 'sw', name: 'Kiswahili (Swahili)' },
  { code: 'zh', name: '中文 (Chinese)' },
];

const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ckb', 'ug']);

/** The writing direction of a language tag: right to left for Arabic, Hebrew, Persian, Urdu and the like. */
export function directionOf(language: string): 'ltr' | 'rtl' {
  const primary = language.toLowerCase().split('-')[0] ?? '';
  return RTL.has(primary) ? 'rtl' : 'ltr';
}
