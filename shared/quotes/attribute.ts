import { FUNCTION_WORDS, SENTENCE_OPENERS, TAKES_OBJECT, cueAt, type Cue } from './cues';
import { afterAppositive, isNameWord, phraseStartingAt, skipBetweenLeft, skipBetweenRight, subjectAfter, subjectBefore, type Mention } from './mentions';
import { sentenceEnd, sentenceStart, type Outline } from './outline';
import type { Token } from './tokens';

/** How a quotation's speaker was found. */
export type AttributionRule =
  /** `"…," Smith said` / `"…," said Smith` */
  | 'after'
  /** `Smith said: "…"` with the verb right before the quote */
  | 'before'
  /** a reporting clause earlier in the same sentence: `Smith said the plan was "a mess"` */
  | 'before-far'
  /** `…, adding that "…"`: the speaker is the subject of the main clause */
  | 'participle'
  /** `"…" for Clinton, said Kunin`: the sentence holding the quote ends with its attribution */
  | 'after-far'
  /** `The board was clear in its findings: "…"`: the sentence's subject introduces the quote */
  | 'colon'
  /** a bare quotation right after an attributed one */
  | 'follows';

/** Who a quotation token is attributed to, with the evidence. */
export interface Attribution {
  mention: Mention;
  cue: Cue | null;
  rule: AttributionRule;
}

/** How far, in tokens, the rules look for a reporting verb around a quotation. */
const WINDOW = 80;
const ATTACHING = new Set([',', '\u2014', '\u2013', '-', ':']);
const CONJUNCTIONS = new Set(['and', 'but', 'yet', 'then', 'or']);

/** `"…," Smith said` or `"…," said Smith`: the attribution that follows quotation token `q`. */
export function attributeAfter(o: Outline, q: number): Attribution | null {
  const { tokens } = o;
  let r = q + 1;
  if (tokens[r] && ATTACHING.has(tokens[r]!.text)) r++;
  // `"…," as Cruz said`
  if (tokens[r]?.lower === 'as') r++;
  let hi = Math.min(sentenceEnd(o, r), tokens.length - 1, r + WINDOW);
  for (let k = r; k <= hi; k++) {
    if (tokens[k]!.kind === 'quote' || tokens[k]!.kind === 'break') {
      hi = k - 1;
      break;
    }
  }
  if (hi < r) return null;
  const near = attributionAt(tokens, r, hi);
  // `"Why?" Smith asked.`: a question or exclamation hands over to the words after it.
  if (o.ends[q] && !/[?!]["'\u201d\u2019\u00bb\s]*$/.test(tokens[q]!.text)) {
    // After a quote that ends its sentence, only a short `Smith said.` still belongs to it;
    // `Smith wrote in a statement that …` starts a sentence of its own.
    if (!near) return null;
    const last = Math.max(near.cue!.last, near.mention.last);
    return hi - last <= 3 ? near : null;
  }
  if (near) return near;
  // The sentence goes on after the quote and ends with its attribution: `"…" for Clinton, said Kunin.`
  for (let k = r + 1; k <= hi; k++) {
    if (tokens[k]!.text !== ',') continue;
    const far = attributionAt(tokens, k + 1, hi);
    if (far && tokens[far.cue!.last]!.end <= tokens[hi]!.end && hi - far.cue!.last <= 10) return { ...far, rule: 'after-far' };
  }
  return null;
}

/** `said Smith` or `Smith said` starting at token `r`. */
function attributionAt(tokens: readonly Token[], r: number, hi: number): Attribution | null {
  const first = cueAt(tokens, r);
  if (first && !first.participle && !first.weak) {
    const verb = tokens[first.first]!.lower;
    if (first.invertible && !TAKES_OBJECT.has(baseOf(verb))) {
      const m = subjectAfter(tokens, first.last, hi);
      if (m) return { mention: m, cue: first, rule: 'after' };
    }
  }
  let m = phraseStartingAt(tokens, r, hi);
  if (!m) return null;
  let a = skipBetweenRight(tokens, afterAppositive(tokens, m, hi), hi);
  if (!cueAt(tokens, a)) {
    // "CrowdStrike co-founder Dmitri Alperovitch told", "a voice-over in the ad states"
    const longer = extendSubject(tokens, m, hi);
    if (longer) {
      m = longer;
      a = skipBetweenRight(tokens, afterAppositive(tokens, m, hi), hi);
    }
  }
  const cue = cueAt(tokens, a);
  if (!cue || cue.weak) return null;
  if (cue.participle && !quotedAs(tokens, a)) return null;
  return { mention: m, cue, rule: 'after' };
}

/** A subject that goes on past its first phrase: role words then a name, or a prepositional phrase. */
function extendSubject(tokens: readonly Token[], m: Mention, hi: number): Mention | null {
  let k = m.last + 1;
  let words = 0;
  while (k <= hi && words < 3 && tokens[k]!.kind === 'word' && !isNameWord(tokens[k]) && !FUNCTION_WORDS.has(tokens[k]!.lower) && !cueAt(tokens, k)) {
    k++;
    words++;
  }
  if (words > 0 && isNameWord(tokens[k])) {
    const name = phraseStartingAt(tokens, k, hi);
    if (name && name.kind === 'name') return { first: m.first, last: name.last, kind: 'name' };
  }
  const prep = tokens[m.last + 1];
  if (prep && SUBJECT_PREPOSITIONS.has(prep.lower)) {
    const object = phraseStartingAt(tokens, m.last + 2, hi);
    if (object && object.kind !== 'pronoun') return { first: m.first, last: object.last, kind: m.kind === 'pronoun' ? 'phrase' : m.kind };
  }
  return null;
}

const SUBJECT_PREPOSITIONS = new Set(['for', 'at', 'of', 'in', 'with', 'from', 'on']);

/** "was quoted as saying": a participle that still reports its subject's words. */
function quotedAs(tokens: readonly Token[], a: number): boolean {
  return tokens[a - 1]?.lower === 'as' || tokens[a - 1]?.lower === 'by';
}

function baseOf(verb: string): string {
  if (verb === 'told' || verb === 'tells') return 'tell';
  return verb.replace(/(ed|s)$/, '').replace(/e$/, '');
}

/** The subject of the sentence's main reporting clause, for participles such as "adding". */
export function mainSubject(o: Outline, lo: number, before: number): Mention | null {
  const { tokens } = o;
  for (let v = before - 1; v >= Math.max(lo, before - WINDOW); v--) {
    const cue = cueAt(tokens, v);
    if (!cue || cue.participle || cue.weak || cue.last >= before) continue;
    if (tokens[cue.first]!.lower === 'according') continue;
    const m = subjectBefore(tokens, cue.first, lo);
    if (m) return m;
  }
  const m = phraseStartingAt(tokens, skipOpeners(o, lo, before), before - 1);
  if (!m) return null;
  if (m.kind !== 'phrase') return m;
  // A phrase opening the sentence is its subject when a verb follows ("A campaign official later walked back …").
  const next = tokens[m.last + 1];
  return next && next.kind === 'word' && !FUNCTION_WORDS.has(next.lower) ? m : null;
}

/** Skips an introductory phrase ending in a comma ("On her part, Liz Truss …"). */
function skipOpeners(o: Outline, lo: number, before: number): number {
  const first = o.tokens[lo];
  if (!first || !(SENTENCE_OPENERS.has(first.lower) || /^[a-z]+ly$/.test(first.lower))) return lo;
  for (let k = lo; k < before && k < lo + 16; k++) {
    const t = o.tokens[k]!;
    if (t.kind === 'quote') return lo;
    if (t.text === ',') return k + 1;
  }
  return lo;
}

/** `Smith said: "…"`: the attribution in the words before quotation token `q`, within its sentence. */
export function attributeBefore(o: Outline, q: number): Attribution | null {
  const { tokens } = o;
  const start = sentenceStart(o, q);
  // A paragraph ending in a colon introduces the quotation that opens the next one.
  if (start === q && tokens[q - 1]?.kind === 'break' && tokens[q - 2]?.text === ':') {
    let lo = sentenceStart(o, q - 2);
    for (let k = q - 3; k >= lo; k--) {
      if (tokens[k]!.kind === 'quote') {
        lo = k + 1;
        break;
      }
    }
    return fromCue(o, q - 2, lo, start, q, 'before');
  }
  return fromCue(o, q - 1, start, start, q, null) ?? colonIntro(o, q, start);
}

/** `The board was clear in its findings: "…"`: a colon hands the sentence's subject to the quotation. */
function colonIntro(o: Outline, q: number, start: number): Attribution | null {
  const colon = o.tokens[q - 1];
  if (colon?.text !== ':' || q - 1 <= start) return null;
  const m = mainSubject(o, start, q - 1);
  if (!m) return null;
  return { mention: m, cue: { first: q - 1, last: q - 1, invertible: false, participle: false, weak: true }, rule: 'colon' };
}

function fromCue(o: Outline, hi: number, lo: number, sentence: number, q: number, forced: AttributionRule | null): Attribution | null {
  const { tokens } = o;
  for (let v = hi; v >= Math.max(lo, hi - WINDOW); v--) {
    const cue = cueAt(tokens, v);
    if (!cue || cue.last > hi) continue;
    const near = forced ?? (adjacent(tokens, cue.last, q) ? 'before' : 'before-far');
    if (tokens[cue.first]!.lower === 'according') {
      const m = subjectAfter(tokens, cue.last, hi);
      if (m) return { mention: m, cue, rule: near };
      continue;
    }
    if (cue.participle) {
      // "with one of her ads asking": a noun phrase right before the participle is its subject.
      const own = tokens[cue.first - 1]?.kind === 'word' && !FUNCTION_WORDS.has(tokens[cue.first - 1]!.lower) ? subjectBefore(tokens, cue.first, lo) : null;
      if (own && own.kind !== 'pronoun' && absolute(tokens, own.first)) return { mention: own, cue, rule: 'participle' };
      const main = mainSubject(o, sentence, cue.first);
      if (main) return { mention: main, cue, rule: 'participle' };
      continue;
    }
    const invertible = cue.invertible && !TAKES_OBJECT.has(baseOf(tokens[cue.first]!.lower));
    const m = subjectBefore(tokens, cue.first, lo) ?? (invertible ? subjectAfter(tokens, cue.last, hi) : null);
    if (m) return { mention: m, cue, rule: cue.weak && near === 'before' ? 'before-far' : near };
    // "… and later said, “…”": the verb shares the subject of the main clause.
    const prev = tokens[skipBetweenLeft(tokens, cue.first - 1, lo)];
    if (prev && (CONJUNCTIONS.has(prev.lower) || prev.text === ',')) {
      const main = mainSubject(o, sentence, cue.first);
      if (main) return { mention: main, cue, rule: 'participle' };
    }
  }
  return null;
}

/** "with one of her ads asking": the phrase at `first` follows "with" (within "one of"). */
function absolute(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    const t = tokens[k]!;
    if (t.lower === 'with') return true;
    if (t.kind !== 'word') return false;
  }
  return false;
}

/** Whether only a comma, colon, "that" or an addressee stand between the cue and the quotation. */
function adjacent(tokens: readonly Token[], cueLast: number, q: number): boolean {
  const gap = q - cueLast - 1;
  if (gap <= 0) return true;
  let words = 0;
  let clause = false;
  for (let k = cueLast + 1; k < q; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word') {
      if (t.lower !== 'that') words++;
      // "joked that he appreciates a good, “…”": the quotation sits inside a clause the writer began.
      else if (tokens[k + 1]?.kind === 'word') clause = true;
    } else if (!ATTACHING.has(t.text)) return false;
  }
  if (clause) return false;
  // "told reporters:", "said in a statement:", "wrote on Twitter,"
  return words === 0 || (words <= 6 && ATTACHING.has(tokens[q - 1]!.text));
}
