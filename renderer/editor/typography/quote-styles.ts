/** The quotation marks a language uses, outer and inner, and whether a space goes inside them. */
export interface QuoteStyle {
  open: string;
  close: string;
  openInner: string;
  closeInner: string;
  /** French style: a no-break space inside the marks (« mot »). */
  spaced: boolean;
}

const style = (marks: string, spaced = false): QuoteStyle => {
  const [open = '“', close = '”', openInner = '‘', closeInner = '’'] = [...marks];
  return { open, close, openInner, closeInner, spaced };
};

const ENGLISH = style('“”‘’');
const GUILLEMETS = style('«»“”');

/** Quotation marks by language tag; the longest matching tag wins, English when none does. */
const STYLES: Record<string, QuoteStyle> = {
  en: ENGLISH,
  nl: ENGLISH,
  zh: ENGLISH,
  ko: ENGLISH,
  tr: ENGLISH,
  id: ENGLISH,
  fr: style('«»“”', true),
  'fr-ch': style('«»‹›'),
  ar: GUILLEMETS,
  fa: GUILLEMETS,
  es: GUILLEMETS,
  it: GUILLEMETS,
  pt: GUILLEMETS,
  'pt-br': ENGLISH,
  ca: GUILLEMETS,
  el: GUILLEMETS,
  ru: style('«»„“'),
  uk: style('«»„“'),
  be: style('«»„“'),
  nb: style('«»‘’'),
  no: style('«»‘’'),
  nn: style('«»‘’'),
  de: style('„“‚‘'),
  'de-ch': style('«»‹›'),
  cs: style('„“‚‘'),
  sk: style('„“‚‘'),
  pl: style('„”«»'),
  hu: style('„”»«'),
  ro: style('„”«»'),
  sv: style('””’’'),
  fi: style('””’’'),
  he: style('“”‘’'),
  ja: style('「」『』'),
};

/** The quotation marks of the language `tag` (BCP 47, any case). */
export function quoteStyleFor(tag: string | undefined): QuoteStyle {
  const parts = (tag ?? 'en').toLowerCase().split('-');
  for (let n = parts.length; n > 0; n--) {
    const found = STYLES[parts.slice(0, n).join('-')];
    if (found) return found;
  }
  return ENGLISH;
}
