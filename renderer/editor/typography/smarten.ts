import type { QuoteStyle } from './quote-styles';

/** What typing one character turns into: the last `remove` characters before the caret become `insert`. */
export interface Substitution {
  remove: number;
  insert: string;
}

const NBSP = '\u00A0';
const OPENING_MARKS = '“‘«‹„‚「『';
const OPENS_BEFORE = /[\s([{<\u2014\u2013/-]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const LEADING_OPENERS = /^[(["'“‘«‹„‚「『<{]+/u;
const URL_LIKE = /^([a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)/i;

/** Characters that can start a substitution; anything else is typed as it is. */
export function mayChange(typed: string): boolean {
  return typed.length === 1 && (`"'-.`.includes(typed) || (typed >= '0' && typed <= '9'));
}

const count = (text: string, ch: string) => text.split(ch).length - 1;
const isOpeningContext = (prev: string) => prev === '' || OPENS_BEFORE.test(prev) || OPENING_MARKS.includes(prev);
const unclosed = (text: string, open: string, close: string) => open !== close && count(text, open) > count(text, close);

/** True for words that look like a web or mail address: they keep their straight characters. */
export function isUrlLike(word: string): boolean {
  return URL_LIKE.test(word) || word.includes('@');
}

/**
 * Typography as you type. `before` is the text of the block up to the caret, ending with the
 * character just typed. Straight quotes become the language's curly ones, an apostrophe inside a
 * word becomes ’, `--` an em dash and `...` an ellipsis; nothing changes inside a URL-like word or
 * between backticks.
 */
export function smartenTyped(before: string, style: QuoteStyle): Substitution | null {
  const typed = before.at(-1);
  if (typed === undefined || !mayChange(typed)) return null;
  const prior = before.slice(0, -1);
  if (count(prior, '`') % 2 === 1) return null;
  const word = /\S*$/u.exec(prior)?.[0] ?? '';
  const core = word.replace(LEADING_OPENERS, '');
  // A double quote cannot be part of a URL: after `"https://…` it closes the quote.
  if (isUrlLike(core) && !(typed === '"' && core !== word)) return null;
  const prev = prior.at(-1) ?? '';

  switch (typed) {
    case '-':
      return prev === '-' && !prior.endsWith('--') ? { remove: 2, insert: '—' } : null;
    case '.':
      return prior.endsWith('..') && !prior.endsWith('...') ? { remove: 3, insert: '…' } : null;
    case '"':
      return doubleQuote(prior, prev, style);
    case "'":
      return singleQuote(prior, prev, style);
    default:
      // ’90s: an opening mark straight before digits was an apostrophe.
      if (prev === '‘' && style.openInner === '‘' && isOpeningContext(prior.at(-2) ?? '')) return { remove: 2, insert: `’${typed}` };
      return null;
  }
}

function doubleQuote(prior: string, prev: string, style: QuoteStyle): Substitution {
  if (!style.spaced) return { remove: 1, insert: isOpeningContext(prev) ? style.open : style.close };
  const closing = !isOpeningContext(prev) || (/\s/u.test(prev) && unclosed(prior, style.open, style.close));
  if (!closing) return { remove: 1, insert: style.open + NBSP };
  // « mot » : the space before the closing mark becomes a no-break space.
  return /\s/u.test(prev) ? { remove: 2, insert: NBSP + style.close } : { remove: 1, insert: NBSP + style.close };
}

function singleQuote(prior: string, prev: string, style: QuoteStyle): Substitution {
  if (WORD_CHAR.test(prev)) {
    const closes = style.closeInner !== '’' && unclosed(prior, style.openInner, style.closeInner);
    return { remove: 1, insert: closes ? style.closeInner : '’' };
  }
  return { remove: 1, insert: isOpeningContext(prev) ? style.openInner : style.closeInner };
}
