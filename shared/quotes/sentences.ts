import { scanQuoteMarks } from './marks';
import { tokenize, type Token } from './tokens';
import type { TextSpan } from './types';

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr sen rep gov gen lt col sgt capt cmdr adm prof st jr sr rev hon pres supt det ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec inc corp co ltd vs etc ft mt no vol dept est approx fig'
  ).split(' '),
);

const TERMINAL = new Set(['.', '!', '?', '\u2026']);
const TERMINAL_INSIDE = /[.!?\u2026][\s"'\u201d\u2019\u00bb)\]]*$/;

/** Whether the quotation token ends in sentence-final punctuation inside its marks. */
export function quoteEndsSentence(text: string, token: Token): boolean {
  let end = token.end - 1;
  while (end > token.start && /["'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\s]/.test(text[end]!)) end--;
  return TERMINAL_INSIDE.test(text.slice(Math.max(token.start, end - 2), end + 1));
}

function startsSentence(token: Token | undefined): boolean {
  if (!token || token.kind === 'break' || token.kind === 'quote') return true;
  return token.kind === 'word' ? /^[\p{Lu}\p{N}]/u.test(token.text) : '([\u2014\u2013-'.includes(token.text);
}

/**
 * For each token, whether a sentence ends right after it. Breaks always end one;
 * a quotation ends one when its own words end with . ! or ? and a new sentence follows.
 */
export function sentenceEnds(text: string, tokens: readonly Token[]): boolean[] {
  const ends = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.kind === 'break') ends[i] = true;
    else if (t.kind === 'quote') ends[i] = quoteEndsSentence(text, t) && startsSentence(next);
    else if (t.kind === 'punct' && TERMINAL.has(t.text)) {
      if (!startsSentence(next)) continue;
      if (next && next.kind === 'punct' && TERMINAL.has(next.text)) continue;
      const prev = tokens[i - 1];
      const abbreviation =
        t.text === '.' && prev !== undefined && prev.kind === 'word' && prev.end === t.start &&
        (ABBREVIATIONS.has(prev.lower) || /^\p{Lu}$/u.test(prev.text));
      ends[i] = !abbreviation;
    } else if (t.kind === 'word' && t.text.endsWith('.') && next?.kind === 'word' && /^(?:The|He|She|It|They|We|But|And|In|A)$/.test(next.text)) {
      ends[i] = true;
    }
  }
  if (tokens.length > 0) ends[tokens.length - 1] = true;
  return ends;
}

/** Splits `text` into sentences; a quotation inside a sentence stays part of it. */
export function splitSentences(text: string, language = ''): TextSpan[] {
  const tokens = tokenize(text, scanQuoteMarks(text, language).quotes);
  const ends = sentenceEnds(text, tokens);
  const out: TextSpan[] = [];
  let first = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'break' && first < 0) first = i;
    if (ends[i] && first >= 0) {
      const last = t.kind === 'break' ? tokens[i - 1]! : t;
      const start = tokens[first]!.start;
      out.push({ text: text.slice(start, last.end), start, end: last.end });
      first = -1;
    }
  }
  return out;
}
