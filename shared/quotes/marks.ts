import { isBlankLineBreak, usesBlankLines } from './tokens';

/** A top-level quotation found by pairing marks: `start`/`end` bound the words inside the marks. */
export interface QuotedSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or -1 when the quote is never closed. */
  close: number;
  start: number;
  end: number;
  openMark: string;
  /** How many paragraphs the quote runs over. */
  paragraphs: number;
}

/** A quotation mark that has no partner. */
export interface MarkIssue {
  kind: 'unclosed' | 'unopened';
  index: number;
  mark: string;
}

/** Result of pairing the quotation marks of a text. */
export interface MarkScan {
  quotes: QuotedSpan[];
  issues: MarkIssue[];
}

interface Open {
  index: number;
  mark: string;
  closers: string;
  paragraphs: number;
}

const SPACE = /[\s\u00a0\u202f]/;
const WORDISH = /[\p{L}\p{N}]/u;
/** Characters after which a mark reads as opening. */
const BEFORE_OPEN = /[\s\u00a0\u202f([{\u2014\u2013\-/\u201c\u2018\u00ab\u201e]/;

function isOpeningShape(text: string, i: number): boolean {
  const prev = i === 0 ? ' ' : text[i - 1]!;
  const next = i + 1 >= text.length ? ' ' : text[i + 1]!;
  return BEFORE_OPEN.test(prev) && !SPACE.test(next);
}

function isClosingShape(text: string, i: number): boolean {
  const prev = i === 0 ? ' ' : text[i - 1]!;
  const next = i + 1 >= text.length ? ' ' : text[i + 1]!;
  return !SPACE.test(prev) && !WORDISH.test(next);
}

function trimStart(text: string, i: number, end: number): number {
  while (i < end && SPACE.test(text[i]!)) i++;
  return i;
}

function trimEnd(text: string, start: number, i: number): number {
  while (i > start && SPACE.test(text[i - 1]!)) i--;
  return i;
}

/** Marks that may open a top-level quote, with the marks that close it. */
function openerFor(text: string, i: number, lowCloser: string): Open | null {
  const c = text[i]!;
  switch (c) {
    case '\u201c':
      return { index: i, mark: c, closers: '\u201d', paragraphs: 1 };
    case '\u201e':
      return { index: i, mark: c, closers: lowCloser, paragraphs: 1 };
    case '\u00ab':
      return { index: i, mark: c, closers: '\u00bb', paragraphs: 1 };
    case '\u00bb':
      return isOpeningShape(text, i) ? { index: i, mark: c, closers: '\u00ab', paragraphs: 1 } : null;
    case '\u201d':
      return isOpeningShape(text, i) ? { index: i, mark: c, closers: '\u201d', paragraphs: 1 } : null;
    case '"':
      return isClosingShape(text, i) && !isOpeningShape(text, i) ? null : { index: i, mark: c, closers: '"', paragraphs: 1 };
    case '\u2018':
      return { index: i, mark: c, closers: '\u2019', paragraphs: 1 };
    case '\u201a':
      return { index: i, mark: c, closers: '\u2018\u2019', paragraphs: 1 };
    case '\u2039':
      return { index: i, mark: c, closers: '\u203a', paragraphs: 1 };
    default:
      return null;
  }
}

const ALL_MARKS = /["\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u201a\u2039\u203a\n]/g;
const SINGLE = '\u2018\u201a\u2039';

/** "the voters’ choice": a ’ after s and before a lower-case word, with another ’ later in the paragraph. */
function isPluralPossessive(text: string, i: number): boolean {
  if (text[i - 1] !== 's' || text[i + 1] !== ' ' || !/\p{Ll}/u.test(text[i + 2] ?? '')) return false;
  const rest = text.slice(i + 1, i + 400);
  const later = rest.indexOf('\u2019');
  const paragraphEnd = rest.indexOf('\n');
  return later >= 0 && (paragraphEnd < 0 || later < paragraphEnd);
}

/** Whether `c` closes `open`; scraped text often mixes straight and curly marks. */
function closesLevel(open: Open, c: string): boolean {
  if (open.closers.includes(c)) return true;
  return (open.mark === '"' && c === '\u201d') || (open.mark === '\u201c' && c === '"');
}

/** Marks that continue a quote at the start of its next paragraph. */
function continues(open: Open, c: string): boolean {
  if (open.mark === '\u00ab') return c === '\u00ab' || c === '\u00bb';
  if (open.mark === '\u201e') return c === '\u201e' || c === '\u00bb';
  return c === open.mark || (open.mark === '"' && c === '\u201c') || (open.mark === '\u201c' && c === '"');
}

/**
 * Pairs the quotation marks of `text` and returns the top-level quotations.
 * A quote left open at a paragraph end continues when the next paragraph opens with a mark of its kind.
 */
export function scanQuoteMarks(text: string, language = ''): MarkScan {
  // Languages that close „ with ” rather than “.
  // When paragraphs are separated by blank lines, a single line break is only a wrapped line.
  const blankLines = usesBlankLines(text);
  const lowCloser = /^(pl|ro|hu|hr|nl)\b/i.test(language) ? '\u201d' : '\u201c\u201d';
  const quotes: QuotedSpan[] = [];
  const issues: MarkIssue[] = [];
  let top: Open | null = null;
  let inner: Open[] = [];
  let paragraphStart = 0;
  // Index where a quote left open at the last paragraph end stopped.
  let pendingEnd = -1;

  const finish = (open: Open, close: number, end: number): void => {
    const start = trimStart(text, open.index + 1, end);
    quotes.push({ open: open.index, close, start, end: trimEnd(text, start, end), openMark: open.mark, paragraphs: open.paragraphs });
  };

  const closeUnfinished = (): void => {
    if (!top) return;
    issues.push({ kind: 'unclosed', index: top.index, mark: top.mark });
    // An unclosed single quote is more often a stray apostrophe than speech.
    if (!SINGLE.includes(top.mark)) finish(top, -1, pendingEnd);
    top = null;
  };

  for (const match of text.matchAll(ALL_MARKS)) {
    const i = match.index;
    const c = match[0];
    if (c === '\n') {
      if (blankLines && !isBlankLineBreak(text, i)) continue;
      if (inner.length > 0) {
        for (const o of inner) if (!SINGLE.includes(o.mark)) issues.push({ kind: 'unclosed', index: o.index, mark: o.mark });
        inner = [];
      }
      if (top && pendingEnd < 0) pendingEnd = trimEnd(text, top.index + 1, i);
      paragraphStart = i + 1;
      continue;
    }
    const atParagraphStart = trimStart(text, paragraphStart, i) === i;
    if (top && pendingEnd >= 0) {
      if (atParagraphStart && continues(top, c)) {
        top.paragraphs++;
        pendingEnd = -1;
        continue;
      }
      closeUnfinished();
    }
    pendingEnd = -1;
    if (c === '\u2018' && i > 0 && WORDISH.test(text[i - 1]!) && WORDISH.test(text[i + 1] ?? '')) continue;
    if (!top) {
      const open = openerFor(text, i, lowCloser);
      if (open) top = open;
      else if (c !== '\u2019' && c !== '\u203a') issues.push({ kind: 'unopened', index: i, mark: c });
      continue;
    }
    const innermost: Open = inner[inner.length - 1] ?? top;
    const closable = c !== '\u2019' || (isClosingShape(text, i) && !isPluralPossessive(text, i));
    if (closable && closesLevel(innermost, c)) {
      if (innermost === top && top.closers.includes(c) && top.mark.includes(c) && isOpeningShape(text, i) && !isClosingShape(text, i)) {
        // A mark shaped like an opener while the same mark is open: the earlier one was never closed.
        closeUnfinishedAt(i);
        continue;
      }
      if (inner.length > 0) inner.pop();
      else {
        finish(top, i, i);
        top = null;
      }
      continue;
    }
    if (closable && c !== '"' && closesLevel(top, c) && isClosingShape(text, i)) {
      // The outer quote closes while an inner one is still open: the inner one lost its closing mark.
      inner = [];
      finish(top, i, i);
      top = null;
      continue;
    }
    if (c === '\u2019' || c === '\u203a') continue;
    if (c === top.mark && c === '\u201c' && inner.length === 0 && isClosingShape(text, i) && !isOpeningShape(text, i)) {
      // “ typed where ” belongs.
      finish(top, i, i);
      top = null;
      continue;
    }
    if (c === top.mark && c === '\u201c' && isOpeningShape(text, i)) {
      // A second opening “ inside an open “: the first one lost its closing mark.
      closeUnfinishedAt(i);
      continue;
    }
    const nested = openerFor(text, i, lowCloser);
    if (nested && (nested.mark !== '"' || isOpeningShape(text, i))) inner.push(nested);
    else if (c === '"' && innermost.mark === '"') inner.pop();
  }
  if (top && pendingEnd < 0) pendingEnd = trimEnd(text, top.index + 1, text.length);
  closeUnfinished();
  return { quotes, issues };

  function closeUnfinishedAt(i: number): void {
    pendingEnd = trimEnd(text, top!.index + 1, i);
    closeUnfinished();
    inner = [];
    pendingEnd = -1;
    top = openerFor(text, i, lowCloser);
  }
}
