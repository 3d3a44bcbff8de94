import type { QuotedSpan } from './marks';

/** One unit of the text outside quotations: a word, a punctuation mark, a whole quotation, or a paragraph break. */
export interface Token {
  kind: 'word' | 'punct' | 'quote' | 'break';
  text: string;
  /** `text` in lower case, with ’ normalised to '. */
  lower: string;
  start: number;
  end: number;
  /** Index into the quotation list for `kind: 'quote'`. */
  quote: number;
  /** Paragraph number, counting from 0. */
  paragraph: number;
}

const TOKEN =
  /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['\u2019-][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*\p{L}*|\n|[^\s]/gu;

function makeToken(kind: Token['kind'], text: string, start: number, end: number, paragraph: number, quote = -1): Token {
  const lower = text.toLowerCase();
  return { kind, text, lower: lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower, start, end, quote, paragraph };
}

/** Whether line breaks in `text` only wrap lines, paragraphs being separated by blank lines. */
export function usesBlankLines(text: string): boolean {
  return /\n[ \t\u00a0\r]*\n/.test(text);
}

/**
 * Splits `text` into tokens, replacing each quotation by one `quote` token that spans its marks.
 * Inside a quotation nothing is tokenised: attribution works on the words around quotes.
 */
export function tokenize(text: string, quotes: readonly QuotedSpan[]): Token[] {
  const tokens: Token[] = [];
  const blankLines = usesBlankLines(text);
  let paragraph = 0;
  let q = 0;
  let pos = 0;
  const pushBreak = (i: number): void => {
    const last = tokens[tokens.length - 1];
    if (last && last.kind !== 'break') {
      tokens.push(makeToken('break', '\n', i, i + 1, paragraph));
      paragraph++;
    }
  };
  const scan = (from: number, to: number): void => {
    TOKEN.lastIndex = from;
    for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
      const s = m[0];
      if (m.index + s.length > to) break;
      if (s === '\n') {
        if (!blankLines || isBlankLineBreak(text, m.index)) pushBreak(m.index);
        continue;
      }
      const kind = s.length > 1 || /[\p{L}\p{N}]/u.test(s) ? 'word' : 'punct';
      tokens.push(makeToken(kind, s, m.index, m.index + s.length, paragraph));
    }
  };
  for (; q < quotes.length; q++) {
    const quote = quotes[q]!;
    scan(pos, quote.open);
    const end = quote.close >= 0 ? quote.close + 1 : quote.end;
    const first = paragraph;
    tokens.push(makeToken('quote', text.slice(quote.open, end), quote.open, end, first, q));
    // A quotation over several paragraphs still advances the paragraph count.
    paragraph += quote.paragraphs - 1;
    pos = end;
  }
  scan(pos, text.length);
  return tokens;
}

/** Whether the line break at `i` is part of a blank line (a paragraph break). */
export function isBlankLineBreak(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length && ' \t\u00a0\r'.includes(text[j]!)) j++;
  if (j < text.length && text[j] === '\n') return true;
  j = i - 1;
  while (j >= 0 && ' \t\u00a0\r'.includes(text[j]!)) j--;
  return j >= 0 && text[j] === '\n';
}

/** Whether the token is a word starting with a capital letter. */
export function isCapitalised(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && /^\p{Lu}/u.test(token.text);
}
