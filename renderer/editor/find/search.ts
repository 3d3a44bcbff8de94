/** How a search matches text. */
export interface SearchOptions {
  matchCase: boolean;
  wholeWord: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/** A matcher for `query`, or null for an empty query. */
export function searchPattern(query: string, options: SearchOptions): RegExp | null {
  if (query === '') return null;
  return new RegExp(query.replace(SPECIAL, '\\$&'), options.matchCase ? 'gu' : 'giu');
}

/** Start and end offsets of every match of `pattern` in `text`, left to right, never overlapping. */
export function matchesInText(text: string, pattern: RegExp | null, wholeWord: boolean): [number, number][] {
  if (!pattern || text === '') return [];
  const found: [number, number][] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    if (wholeWord && (isWordAt(text, start - 1, true) || isWordAt(text, end, false))) {
      // Look again one character on, so "aaa" still finds a whole-word "aa" elsewhere.
      pattern.lastIndex = start + 1;
      continue;
    }
    found.push([start, end]);
  }
  return found;
}

/** True when the character that ends (backward) or starts (forward) at `index` is part of a word. */
function isWordAt(text: string, index: number, backward: boolean): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.codePointAt(backward && index > 0 && isLowSurrogate(text.charCodeAt(index)) ? index - 1 : index);
  return code !== undefined && WORD_CHAR.test(String.fromCodePoint(code));
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
