import {
  BETWEEN_SUBJECT_AND_VERB,
  DETERMINERS,
  FUNCTION_WORDS,
  PRONOUNS,
  SENTENCE_OPENERS,
  TITLE_WORDS,
  cueAt,
} from './cues';
import { isCapitalised, type Token } from './tokens';

/** A noun phrase naming or referring to a speaker, as a token range. */
export interface Mention {
  first: number;
  last: number;
  kind: 'pronoun' | 'name' | 'phrase';
  /** For a relative pronoun ("Beck, who … said"), the phrase it stands for. */
  refers?: Mention;
}

const NAME_LINKS = new Set(['of', 'de', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'la', 'le', 'du', 'da', 'del', 'di', 'dos', 'das', 'y']);
const LINKING_PREPOSITIONS = new Set(['for', 'to', 'of', 'at', 'with', 'from', 'on', 'in']);

/** The pronoun a word starts with ("he", "he's" → "he"), or ''. */
export function pronounOf(token: Token | undefined): string {
  if (!token || token.kind !== 'word') return '';
  const head = token.lower.split("'")[0]!;
  return PRONOUNS.has(head) && (head === token.lower || /^[a-z]+'(s|d|ll|ve|re|m)$/.test(token.lower)) ? head : '';
}

/** A capitalised word that can be part of a name (not a pronoun or a word such as "But"). */
export function isNameWord(token: Token | undefined): boolean {
  return isCapitalised(token) && !SENTENCE_OPENERS.has(token!.lower) && pronounOf(token) === '';
}

function isPlainWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.kind === 'word' && !FUNCTION_WORDS.has(t.lower) && !PRONOUNS.has(t.lower) && cueAt(tokens, i) === null;
}

/** "J." in "J. Smith" or "Rep." in "Rep. Smith". */
function isInitialOrTitle(token: Token): boolean {
  return /^\p{Lu}$/u.test(token.text) || (token.kind === 'word' && TITLE_WORDS.has(token.lower + '.'));
}

/** Index of the "(" matching the ")" at `close`, or -1. */
function findOpen(tokens: readonly Token[], close: number, lo: number): number {
  for (let i = close - 1; i >= lo && i >= close - 8; i--) {
    const t = tokens[i]!;
    if (t.text === '(') return i;
    if (t.kind !== 'word' && t.kind !== 'punct') return -1;
  }
  return -1;
}

/** A lower-case word that can continue a noun phrase rightwards (not an adverb before the verb). */
function isPhraseWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return isPlainWord(tokens, i) && !BETWEEN_SUBJECT_AND_VERB.has(t.lower) && !/^[a-z]{3,}ly$/.test(t.lower);
}

/** The noun phrase that ends at token `j`, reading leftwards no further than `lo`. */
export function phraseEndingAt(tokens: readonly Token[], j: number, lo: number): Mention | null {
  const t = tokens[j];
  if (t?.text === ')' && j > lo) {
    // "Rep. Elijah Cummings (D-Md.)": a parenthesis after a name belongs to it.
    const open = findOpen(tokens, j, lo);
    const name = open > lo && isNameWord(tokens[open - 1]) ? phraseEndingAt(tokens, open - 1, lo) : null;
    return name && name.kind === 'name' ? { ...name, last: j } : null;
  }
  if (!t || j < lo || t.kind !== 'word') return null;
  if (pronounOf(t)) return { first: j, last: j, kind: 'pronoun' };
  if (isNameWord(t)) {
    let k = j;
    while (k - 1 >= lo) {
      const p = tokens[k - 1]!;
      if (isNameWord(p) || (p.kind === 'word' && TITLE_WORDS.has(p.lower))) k--;
      else if (p.kind === 'word' && NAME_LINKS.has(p.lower) && k - 2 >= lo && isNameWord(tokens[k - 2])) k -= 2;
      else if (p.text === '.' && k - 2 >= lo && isInitialOrTitle(tokens[k - 2]!) && p.start === tokens[k - 2]!.end) k -= 2;

      else if (p.lower === 'the') {
        k--;
        break;
      } else break;
    }
    // "a spokesman for Clinton": the speaker is the whole phrase.
    const prep = tokens[k - 1];
    if (prep && k - 2 >= lo && LINKING_PREPOSITIONS.has(prep.lower) && prep.lower !== 'the') {
      const head = phraseEndingAt(tokens, k - 2, lo);
      if (head && head.kind === 'phrase' && DETERMINERS.has(tokens[head.first]!.lower)) return { first: head.first, last: j, kind: 'phrase' };
    }
    return { first: k, last: j, kind: 'name' };
  }
  if (!isPlainWord(tokens, j) || /^\p{Lu}/u.test(t.text)) return null;
  let k = j;
  for (let steps = 0; k - 1 >= lo && steps < 6; steps++) {
    const p = tokens[k - 1]!;
    if (p.kind !== 'word') break;
    if (DETERMINERS.has(p.lower) || /'s$/.test(p.lower)) {
      k--;
      break;
    }
    if (isPlainWord(tokens, k - 1) || isNameWord(p)) k--;
    else break;
  }
  return { first: k, last: j, kind: 'phrase' };
}

/** The noun phrase that starts at token `j`, reading rightwards no further than `hi`. */
export function phraseStartingAt(tokens: readonly Token[], j: number, hi: number): Mention | null {
  const t = tokens[j];
  if (!t || j > hi || t.kind !== 'word') return null;
  if (pronounOf(t)) return { first: j, last: j, kind: 'pronoun' };
  if (isNameWord(t) || (TITLE_WORDS.has(t.lower) && isNameWord(tokens[j + 1]))) {
    let k = j;
    while (k + 1 <= hi) {
      const n = tokens[k + 1]!;
      if (isNameWord(n) || (n.kind === 'word' && TITLE_WORDS.has(n.lower) && isNameWord(tokens[k + 2]))) k++;
      else if (n.kind === 'word' && NAME_LINKS.has(n.lower) && k + 2 <= hi && isNameWord(tokens[k + 2])) k += 2;
      else if (n.text === '.' && isInitialOrTitle(tokens[k]!) && n.start === tokens[k]!.end && isNameWord(tokens[k + 2])) k += 2;
      else break;
    }
    // "Powell's office", "the campaign's spokesman"
    if (/'s$/.test(tokens[k]!.lower) && k + 1 <= hi && isPhraseWord(tokens, k + 1)) {
      const rest = phraseStartingAt(tokens, k + 1, hi);
      if (rest && rest.kind === 'phrase') return { first: j, last: rest.last, kind: 'phrase' };
    }
    return { first: j, last: k, kind: 'name' };
  }
  if (t.lower === 'that' || t.lower === 'this') return null;
  // "said Friday", "said Meanwhile": capitalised words that are not names start no phrase.
  if (/^\p{Lu}/u.test(t.text) && !DETERMINERS.has(t.lower)) return null;
  if (!DETERMINERS.has(t.lower) && !/'s$/.test(t.lower) && !isPlainWord(tokens, j)) return null;
  if (DETERMINERS.has(t.lower) && isNameWord(tokens[j + 1])) {
    const name = phraseStartingAt(tokens, j + 1, hi);
    // "the New York Times", but "the Republican presidential candidate" reads on as a phrase.
    if (name && name.kind === 'name' && !(name.last + 1 <= hi && isPhraseWord(tokens, name.last + 1))) {
      return { first: j, last: name.last, kind: 'name' };
    }
  }
  let k = j;
  for (let steps = 0; k + 1 <= hi && steps < 6; steps++) {
    if (isPhraseWord(tokens, k + 1) || isNameWord(tokens[k + 1])) k++;
    else break;
  }
  if (k === j && DETERMINERS.has(t.lower)) return null;
  return { first: j, last: k, kind: 'phrase' };
}

/** Skips adverbs and auxiliaries leftwards from `j` ("he also has said"). */
export function skipBetweenLeft(tokens: readonly Token[], j: number, lo: number): number {
  let steps = 0;
  while (j >= lo && steps < 4) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || isCapitalised(t) || !(BETWEEN_SUBJECT_AND_VERB.has(t.lower) || /^[a-z]{3,}ly$/.test(t.lower))) break;
    j--;
    steps++;
  }
  return j;
}

/** Skips adverbs and auxiliaries rightwards from `j`. */
export function skipBetweenRight(tokens: readonly Token[], j: number, hi: number): number {
  let steps = 0;
  while (j <= hi && steps < 4) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || isCapitalised(t) || !(BETWEEN_SUBJECT_AND_VERB.has(t.lower) || /^[a-z]{3,}ly$/.test(t.lower))) break;
    j++;
    steps++;
  }
  return j;
}

/** Whether the tokens between `from` and `to` (inclusive) read as an appositive ("the Foreign Secretary", "45", "who …"). */
function isAppositive(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (!first || to < from) return false;
  const relative = first.lower === 'who' || first.lower === 'which';
  if (to - from > (relative ? 30 : 18)) return false;
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!;
    // "R-Ky." is fine; a full stop followed by a new sentence is not.
    if (t.text === '.' && tokens[i + 1]?.text === ',') continue;
    if (t.kind === 'quote' || t.kind === 'break' || t.text === '.' || t.text === ':' || t.text === ';') return false;
    if (!relative && cueAt(tokens, i) && !cueAt(tokens, i)!.participle) return false;
  }
  return true;
}

/** A name that is only titles ("the Foreign Secretary") names an office, not a person. */
function onlyTitles(tokens: readonly Token[], m: Mention): boolean {
  for (let i = m.first; i <= m.last; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && !TITLE_WORDS.has(t.lower) && t.lower !== 'the' && !NAME_LINKS.has(t.lower)) return false;
  }
  return true;
}

/** The speaker of a reporting verb at token `v`, found before it ("Smith, the minister, said"). */
export function subjectBefore(tokens: readonly Token[], v: number, lo: number): Mention | null {
  const j = skipBetweenLeft(tokens, v - 1, lo);
  if (j < lo) return null;
  const t = tokens[j]!;
  if (t.text === ',') {
    for (let k = j - 1; k >= lo && k >= j - 20; k--) {
      const p = tokens[k]!;
      if (p.kind === 'quote' || p.kind === 'break') return null;
      if (p.text !== ',') continue;
      if (!isAppositive(tokens, k + 1, j - 1)) return null;
      const head = phraseEndingAt(tokens, k - 1, lo);
      if (!head) return null;
      const inner = phraseStartingAt(tokens, k + 1, j - 1);
      if (head.kind === 'name' && onlyTitles(tokens, head) && inner?.kind === 'name' && inner.last === j - 1) return inner;
      return head;
    }
    return null;
  }
  const m = phraseEndingAt(tokens, j, lo);
  if (!m) return relativeAntecedent(tokens, j, lo);
  // "Beck, who has in the past described …": a prepositional phrase is not the subject.
  const before = tokens[m.first - 1];
  if (m.kind !== 'pronoun' && before && PREPOSITIONS.has(before.lower) && m.first - 2 >= lo) {
    const k = skipBetweenLeft(tokens, m.first - 2, lo);
    if (k < m.first - 2) return (k >= lo ? subjectAt(tokens, k, lo) : null) ?? m;
    // "a spokesman for the campaign said": the phrase before the preposition is the head.
    const head = phraseEndingAt(tokens, m.first - 2, lo);
    if (head && head.kind !== 'pronoun') return { first: head.first, last: m.last, kind: 'phrase' };
    return head ?? m;
  }
  return m;
}

/** The subject phrase ending at `j`, or the antecedent of a "who" there. */
function subjectAt(tokens: readonly Token[], j: number, lo: number): Mention | null {
  const t = tokens[j];
  if (!t || t.kind !== 'word' || FUNCTION_WORDS.has(t.lower) && t.lower !== 'who') return null;
  if (t.lower === 'who') return relativeAntecedent(tokens, j, lo);
  const m = phraseEndingAt(tokens, j, lo);
  return m && m.kind !== 'phrase' ? m : null;
}

/** For "X, who … said", the "who", standing for the X before it. */
function relativeAntecedent(tokens: readonly Token[], j: number, lo: number): Mention | null {
  if (tokens[j]?.lower !== 'who' || tokens[j - 1]?.text !== ',') return null;
  const refers = phraseEndingAt(tokens, j - 2, lo);
  return refers && refers.kind !== 'pronoun' ? { first: j, last: j, kind: 'pronoun', refers } : null;
}

const PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'for', 'with', 'from', 'since', 'over', 'under', 'within', 'into', 'about', 'through', 'throughout']);

/** The speaker of a reporting verb at token `v` found after it ("said Smith"). */
export function subjectAfter(tokens: readonly Token[], v: number, hi: number): Mention | null {
  return phraseStartingAt(tokens, v + 1, hi);
}

/** The token range after a subject phrase, skipping an appositive between commas. */
export function afterAppositive(tokens: readonly Token[], m: Mention, hi: number): number {
  const next = m.last + 1;
  if (tokens[next]?.text !== ',') return next;
  for (let k = next + 1; k <= hi && k <= next + 20; k++) {
    const t = tokens[k]!;
    if (t.kind === 'quote' || t.kind === 'break') return next;
    if (t.text === ',') return isAppositive(tokens, next + 1, k - 1) ? k + 1 : next;
  }
  return next;
}
