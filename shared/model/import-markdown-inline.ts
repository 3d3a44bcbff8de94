import { isSafeUrl, type Inline, type StyledText } from './body';

type MarkName = 'bold' | 'italic' | 'strikethrough';
type Marks = Partial<Record<MarkName, true>>;
type DelimChar = '*' | '_' | '~';

type Token =
  | { kind: 'text'; text: string }
  | { kind: 'delim'; char: DelimChar; count: number; length: number; canOpen: boolean; canClose: boolean }
  | { kind: 'mark'; mark: MarkName; children: Token[] }
  | { kind: 'link'; url: string; children: Token[] };

type Delim = Extract<Token, { kind: 'delim' }>;

/** Link reference definitions of a document: normalised label → URL. */
export type LinkReferences = ReadonlyMap<string, string>;

/** Longer paragraphs are kept as plain text: emphasis matching is quadratic in the worst case. */
const MAX_MARKUP_CHARS = 20_000;

const ESCAPABLE = /[!-/:-@[-`{-~]/;
const AUTOLINK = /<((?:https?:\/\/|mailto:)[^\s<>]*)>/iy;
const EMAIL_AUTOLINK = /<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+)>/y;

/** The key a reference label is looked up by: case- and space-insensitive. */
export function normalizeLabel(label: string): string {
  return label.replace(/[ \t\n]+/g, ' ').trim().toLowerCase();
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/u.test(ch);
}

function isPunct(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{P}\p{S}]/u.test(ch);
}

function runLength(src: string, at: number, ch: string): number {
  let n = 0;
  while (src[at + n] === ch) n++;
  return n;
}

function unescape(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

function findCodeClose(src: string, from: number, run: number): number {
  let at = src.indexOf('`'.repeat(run), from);
  while (at >= 0) {
    const n = runLength(src, at, '`');
    if (n === run) return at;
    at = src.indexOf('`'.repeat(run), at + n);
  }
  return -1;
}

function findBracketClose(src: string, open: number): number {
  let depth = 0;
  for (let j = open; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') j++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return j;
  }
  return -1;
}

/** Reads `(url "title")` starting at the `(`; returns the URL and the index after `)`. */
function readDestination(src: string, open: number): { url: string; end: number } | null {
  let k = open + 1;
  const skipSpace = () => {
    while (k < src.length && /[ \t\n]/.test(src[k]!)) k++;
  };
  skipSpace();
  let url = '';
  if (src[k] === '<') {
    const close = src.indexOf('>', k);
    if (close < 0 || /[\n<]/.test(src.slice(k + 1, close))) return null;
    url = src.slice(k + 1, close);
    k = close + 1;
  } else {
    const start = k;
    let depth = 0;
    for (; k < src.length; k++) {
      const c = src[k]!;
      if (c === '\\' && k + 1 < src.length) k++;
      else if (/\s/.test(c)) break;
      else if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) break;
        depth--;
      }
    }
    url = src.slice(start, k);
  }
  skipSpace();
  const quote = src[k];
  if (quote === '"' || quote === "'" || quote === '(') {
    const close = src.indexOf(quote === '(' ? ')' : quote, k + 1);
    if (close < 0) return null;
    k = close + 1;
    skipSpace();
  }
  if (src[k] !== ')') return null;
  return { url: unescape(url), end: k + 1 };
}

/** Matches `[text](url)`, `[text][label]`, `[text][]` or `[text]` at `open`. */
function matchLink(src: string, open: number, refs: LinkReferences): { text: string; url: string; end: number } | null {
  const close = findBracketClose(src, open);
  if (close < 0) return null;
  const text = src.slice(open + 1, close);
  if (src[close + 1] === '(') {
    const dest = readDestination(src, close + 1);
    if (dest) return { text, url: dest.url, end: dest.end };
  }
  if (src[close + 1] === '[') {
    const labelClose = src.indexOf(']', close + 2);
    if (labelClose >= 0) {
      const label = src.slice(close + 2, labelClose) || text;
      const url = refs.get(normalizeLabel(label));
      return url === undefined ? null : { text, url, end: labelClose + 1 };
    }
  }
  const url = refs.get(normalizeLabel(text));
  return url === undefined ? null : { text, url, end: close + 1 };
}

function tokenize(src: string, refs: LinkReferences, allowLinks: boolean): Token[] {
  const tokens: Token[] = [];
  let buf = '';
  const flush = () => {
    if (buf) tokens.push({ kind: 'text', text: buf });
    buf = '';
  };
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === '\\' && i + 1 < src.length && ESCAPABLE.test(src[i + 1]!)) {
      buf += src[i + 1];
      i += 2;
      continue;
    }
    if (ch === '`') {
      const run = runLength(src, i, '`');
      const close = findCodeClose(src, i + run, run);
      if (close < 0) {
        buf += '`'.repeat(run);
        i += run;
      } else {
        const code = src.slice(i + run, close).replace(/\n/g, ' ');
        buf += /^ .*[^ ].* $/.test(code) ? code.slice(1, -1) : code;
        i = close + run;
      }
      continue;
    }
    if ((ch === '[' || (ch === '!' && src[i + 1] === '[')) && i + 1 < src.length) {
      const image = ch === '!';
      const link = matchLink(src, image ? i + 1 : i, refs);
      if (link) {
        flush();
        // Images cannot be imported (a story's images live in its workspace): keep their alt text.
        const inner = processEmphasis(tokenize(link.text, refs, false));
        if (!image && allowLinks && isSafeUrl(link.url)) tokens.push({ kind: 'link', url: link.url, children: inner });
        else tokens.push(...inner);
        i = link.end;
        continue;
      }
    }
    if (ch === '<') {
      AUTOLINK.lastIndex = i;
      EMAIL_AUTOLINK.lastIndex = i;
      const auto = AUTOLINK.exec(src);
      const email = auto ? null : EMAIL_AUTOLINK.exec(src);
      const found = auto ?? email;
      if (found) {
        const url = auto ? found[1]! : `mailto:${found[1]!}`;
        if (allowLinks && isSafeUrl(url)) {
          flush();
          tokens.push({ kind: 'link', url, children: [{ kind: 'text', text: found[1]! }] });
        } else {
          buf += found[1];
        }
        i += found[0].length;
        continue;
      }
    }
    if (ch === '*' || ch === '_' || ch === '~') {
      const run = runLength(src, i, ch);
      if (ch === '~' && run > 2) {
        buf += ch.repeat(run);
        i += run;
        continue;
      }
      const before = src[i - 1];
      const after = src[i + run];
      const left = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
      const right = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
      const intraword = ch === '_';
      flush();
      tokens.push({
        kind: 'delim',
        char: ch,
        count: run,
        length: run,
        canOpen: intraword ? left && (!right || isPunct(before)) : left,
        canClose: intraword ? right && (!left || isPunct(after)) : right,
      });
      i += run;
      continue;
    }
    buf += ch;
    i++;
  }
  flush();
  return tokens;
}

function asText(delim: Delim): Token {
  return { kind: 'text', text: delim.char.repeat(delim.count) };
}

function canPair(opener: Delim, closer: Delim): boolean {
  if (opener.char !== closer.char || !opener.canOpen) return false;
  if (closer.char === '~') return opener.count === closer.count;
  const oddMatch =
    (opener.canClose || closer.canOpen) &&
    (opener.length + closer.length) % 3 === 0 &&
    !(opener.length % 3 === 0 && closer.length % 3 === 0);
  return !oddMatch;
}

/** Pairs emphasis delimiters (the CommonMark "process emphasis" procedure) into mark tokens. */
function processEmphasis(tokens: Token[]): Token[] {
  const bottom = new Map<string, number>();
  let i = 0;
  while (i < tokens.length) {
    const closer = tokens[i]!;
    if (closer.kind !== 'delim' || !closer.canClose) {
      i++;
      continue;
    }
    const key = `${closer.char}${closer.length % 3}${closer.canOpen}`;
    const floor = bottom.get(key) ?? -1;
    let found = -1;
    for (let j = i - 1; j > floor; j--) {
      const candidate = tokens[j]!;
      if (candidate.kind === 'delim' && canPair(candidate, closer)) {
        found = j;
        break;
      }
    }
    if (found < 0) {
      bottom.set(key, i - 1);
      if (!closer.canOpen) tokens[i] = asText(closer);
      i++;
      continue;
    }
    const opener = tokens[found] as Delim;
    const use = closer.char === '~' ? closer.count : opener.count >= 2 && closer.count >= 2 ? 2 : 1;
    const mark: MarkName = closer.char === '~' ? 'strikethrough' : use === 2 ? 'bold' : 'italic';
    const inner = tokens.slice(found + 1, i).map((t) => (t.kind === 'delim' ? asText(t) : t));
    opener.count -= use;
    closer.count -= use;
    const replacement: Token[] = [];
    if (opener.count > 0) replacement.push(opener);
    replacement.push({ kind: 'mark', mark, children: inner });
    if (closer.count > 0) replacement.push(closer);
    tokens.splice(found, i - found + 1, ...replacement);
    for (const [k, v] of bottom) if (v >= found) bottom.set(k, found - 1);
    i = closer.count > 0 ? found + replacement.length - 1 : found + replacement.length;
  }
  return tokens.map((t) => (t.kind === 'delim' ? asText(t) : t));
}

function pushText(out: (StyledText | Inline)[], text: string, marks: Marks): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (
    last &&
    !('type' in last) &&
    last.bold === marks.bold &&
    last.italic === marks.italic &&
    last.strikethrough === marks.strikethrough
  ) {
    last.text += text;
    return;
  }
  out.push({ text, ...marks });
}

function flatten(tokens: Token[], marks: Marks, out: Inline[]): void {
  for (const token of tokens) {
    if (token.kind === 'text') pushText(out, token.text, marks);
    else if (token.kind === 'delim') pushText(out, token.char.repeat(token.count), marks);
    else if (token.kind === 'mark') flatten(token.children, { ...marks, [token.mark]: true }, out);
    else {
      const children: Inline[] = [];
      flatten(token.children, marks, children);
      const texts = children.filter((c): c is StyledText => !('type' in c));
      out.push({ type: 'link', url: token.url, children: texts.length ? texts : [{ text: token.url, ...marks }] });
    }
  }
}

/** Puts an empty text node before, between and after links, the shape the editor keeps. */
function withTextAround(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const prev = out[out.length - 1];
    if ('type' in node && (prev === undefined || 'type' in prev)) out.push({ text: '' });
    out.push(node);
  }
  const last = out[out.length - 1];
  if (last === undefined || 'type' in last) out.push({ text: '' });
  return out;
}

/** Turns one Markdown paragraph's text into inline nodes: bold, italic, strike, safe links. */
export function parseInlineMarkdown(src: string, refs: LinkReferences = new Map()): Inline[] {
  if (src.length > MAX_MARKUP_CHARS) return [{ text: src }];
  const out: Inline[] = [];
  flatten(processEmphasis(tokenize(src, refs, true)), {}, out);
  return withTextAround(out);
}

