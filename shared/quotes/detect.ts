import { attributeAfter, attributeBefore, type Attribution, type AttributionRule } from './attribute';
import { cueAt } from './cues';
import { findIndirect, type IndirectSpeech } from './indirect';
import { scanQuoteMarks, type QuotedSpan } from './marks';
import { pronounOf, type Mention } from './mentions';
import { makeOutline, sentenceStart, type Outline } from './outline';
import { quoteShape } from './shape';
import { SpeakerResolver, type Entity } from './speakers';
import { isBlankLineBreak, tokenize, usesBlankLines, type Token } from './tokens';
import type { DetectOptions, QuoteSuggestion, TextSpan } from './types';
import { isWoven, reportedAround } from './woven';

const BASE_CONFIDENCE: Record<AttributionRule, number> = {
  after: 0.92,
  before: 0.9,
  participle: 0.82,
  'before-far': 0.72,
  'after-far': 0.72,
  colon: 0.62,
  follows: 0.7,
};

/** Fewest words for a quotation to count as speech, by how it is attributed. */
const MIN_WORDS: Record<AttributionRule | 'none', number> = {
  after: 2,
  before: 2,
  participle: 3,
  'before-far': 3,
  'after-far': 4,
  colon: 3,
  follows: 2,
  none: 6,
};

function chooseAttribution(o: Outline, q: number, content: string): Attribution | null {
  const after = attributeAfter(o, q);
  const before = attributeBefore(o, q);
  // A quotation ending in a comma hands over to the words after it: `"…," she said`.
  const handsOver = /[,\u2014-]\s*$/.test(content);
  if (before && before.rule === 'before' && !(after && handsOver)) return before;
  if (after && !(o.ends[q] && before)) return after;
  return before ?? after;
}

/** A quotation with nothing but itself in its sentence, e.g. a paragraph that is only a quote. */
function isBare(o: Outline, q: number): boolean {
  const { tokens } = o;
  if (sentenceStart(o, q) !== q) {
    const prev = tokens[q - 1];
    if (!(prev?.kind === 'quote' && o.ends[q - 1])) return false;
  }
  const next = tokens[q + 1];
  return o.ends[q] || next === undefined || next.kind === 'break' || next.kind === 'quote';
}

interface Direct {
  q: number;
  span: QuotedSpan;
  attribution: Attribution | null;
  keep: boolean;
  confidence: number;
  /** For a quotation that is part of reported speech, that reported speech. */
  reported: IndirectSpeech | null;
}

function directQuotes(o: Outline, quotes: readonly QuotedSpan[]): Direct[] {
  const out: Direct[] = [];
  let previous: Direct | null = null;
  let previousWoven = false;
  for (let q = 0; q < o.tokens.length; q++) {
    const token = o.tokens[q]!;
    if (token.kind !== 'quote') continue;
    const span = quotes[token.quote]!;
    const content = o.text.slice(span.start, span.end);
    let attribution = chooseAttribution(o, q, content);
    // A bare quotation right after an attributed one continues it (“… ,” he said. “…”).
    if (!attribution && previous?.attribution && isBare(o, q) && closeEnough(o.tokens, previous.q, q, quotes)) {
      attribution = { ...previous.attribution, rule: 'follows' };
    }
    const shape = quoteShape(content);
    const rule = attribution?.rule ?? 'none';
    // Attributed right beside the marks, even one word or a capitalised line is speech: `"Absolutely," he said`.
    const spoken = (rule === 'after' || rule === 'before') && shape.sentenceLike && (shape.words === 1 || !/\p{Ll}/u.test(content));
    let keep = (shape.words >= MIN_WORDS[rule] || (spoken && shape.words >= 1)) && (!shape.titleLike || spoken);
    const woven = isWoven(o, q, previousWoven, attribution?.rule ?? null);
    previousWoven = woven;
    let reported: IndirectSpeech | null = null;
    // Quoted words woven into a sentence, or a few of them inside a reported clause, are part of that reported speech.
    if (keep && (woven || (rule !== 'follows' && quotedShare(o, q, attribution) < 0.5))) {
      keep = false;
      reported = attribution ? reportedAround(o, q, attribution) : null;
    }
    if (keep && inHeadline(o, q)) keep = false;
    if (rule === 'none' && !shape.sentenceLike) keep = false;
    if (rule === 'follows' && !shape.sentenceLike && shape.words < 6) keep = false;
    let confidence = attribution ? BASE_CONFIDENCE[attribution.rule] : 0.35;
    if (shape.words < 4) confidence -= 0.15;
    if (span.close < 0) confidence -= 0.2;
    const direct: Direct = { q, span, attribution: keep ? attribution : null, keep, confidence, reported };
    out.push(direct);
    if (keep) previous = direct;
    else if (o.tokens[q - 1]?.kind === 'break' || q === 0) previous = null;
  }
  return out;
}

const INTRODUCING = new Set([',', '-', '\u2013', '\u2014']);

/**
 * How much of the clause around quotation token `q` is in quotation marks: the clause runs from the
 * reporting verb (or the sentence start, or a colon) to the next comma, cue or sentence end.
 */
function quotedShare(o: Outline, q: number, attribution: Attribution | null): number {
  const { tokens } = o;
  let first = Math.max(sentenceStart(o, q), q - 150);
  // A colon or dash opens a new clause: "… especially fundraising: “There’s just …,” he said."
  for (let k = q - 1; k > first; k--) {
    if (tokens[k]!.text === ':' || tokens[k]!.text === ';' || tokens[k]!.text === '\u2014') {
      first = k + 1;
      break;
    }
  }
  // A comma or dash right before the marks introduces the quotation: `Because of …, "she does need him," Kunin said`.
  if (INTRODUCING.has(tokens[q - 1]?.text ?? '')) first = q;
  if (attribution?.cue && attribution.cue.last < q && attribution.cue.last >= first) {
    first = attribution.cue.last + 1;
    while (first < q && (tokens[first]!.lower === 'that' || tokens[first]!.kind === 'punct')) first++;
  }
  let last = q;
  // `"…," noting that …`: a quote ending in a comma closes its clause, as does one followed by its attribution.
  const closesClause = /,\s*["'\u201d\u2019\u00bb]*$/.test(tokens[q]!.text) || attribution?.rule === 'after';
  while (!closesClause && last + 1 < tokens.length && last < q + 150 && !o.ends[last] && tokens[last + 1]!.kind !== 'break') {
    const next = tokens[last + 1]!;
    if (next.text === ',' || next.text === ';' || cueAt(tokens, last + 1)) break;
    last++;
  }
  while (last > q && tokens[last]!.kind === 'punct') last--;
  let quoted = 0;
  for (let k = first; k <= last; k++) if (tokens[k]!.kind === 'quote') quoted += tokens[k]!.end - tokens[k]!.start;
  const length = tokens[last]!.end - tokens[first]!.start;
  return length <= 0 ? 1 : quoted / length;
}

/** A quotation in a headline-cased line ("Trump: Cruz Has ‘To Come a Long Way’ On Ethanol") is part of a title. */
function inHeadline(o: Outline, q: number): boolean {
  const { tokens } = o;
  const paragraph = tokens[q]!.paragraph;
  let words = 0;
  let lower = 0;
  for (let k = q - 1; k >= 0 && words <= 30 && tokens[k]!.paragraph === paragraph && tokens[k]!.kind !== 'break'; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    words++;
    if (/^\p{Ll}/u.test(t.text) && t.text.length > 3) lower++;
  }
  for (let k = q + 1; k < tokens.length && words <= 30 && tokens[k]!.kind !== 'break'; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && /[.!?]/.test(t.text) && k < tokens.length - 1 && tokens[k + 1]!.kind !== 'break') return false;
    if (t.kind !== 'word') continue;
    words++;
    if (/^\p{Ll}/u.test(t.text) && t.text.length > 3) lower++;
  }
  return words >= 3 && words <= 30 && lower === 0;
}

/** Whether quotation token `b` is in the same or the next paragraph as `a`, with no other text paragraph between. */
function closeEnough(tokens: readonly Token[], a: number, b: number, quotes: readonly QuotedSpan[]): boolean {
  const first = tokens[a]!;
  const lastParagraph = first.paragraph + quotes[first.quote]!.paragraphs - 1;
  return tokens[b]!.paragraph - lastParagraph <= 1;
}

function span(text: string, tokens: readonly Token[], first: number, last: number): TextSpan {
  const start = tokens[first]!.start;
  let end = tokens[last]!.end;
  if (first === last) {
    const pronoun = pronounOf(tokens[first]);
    if (pronoun) end = start + pronoun.length;
  }
  return { text: text.slice(start, end), start, end };
}

/**
 * Finds direct and reported speech in `text` and suggests who said each.
 * Pure and synchronous; offsets are JavaScript string indices into `text`.
 */
export function detectQuotes(text: string, options: DetectOptions = {}): QuoteSuggestion[] {
  const scan = scanQuoteMarks(text, options.language ?? '');
  const tokens = tokenize(text, scan.quotes);
  const o = makeOutline(text, tokens);
  const blankLines = usesBlankLines(text);
  const directs = directQuotes(o, scan.quotes);
  const kept = directs.filter((d) => d.keep);
  const indirects = withWoven(o, findIndirect(o).filter((s) => !mostlyQuoted(o, s, kept)), directs);

  const resolver = new SpeakerResolver(text, tokens, options.knownSpeakers ?? []);
  const mentions: Mention[] = [];
  for (const d of directs) if (d.attribution) mentions.push(d.attribution.mention);
  for (const s of indirects) mentions.push(s.mention);
  const unique = [...new Map(mentions.map((m) => [`${m.first}:${m.last}`, m])).values()].sort((a, b) => a.first - b.first);

  const named: { entity: Entity; mention: Mention }[] = [];
  for (const m of unique) if (m.kind !== 'pronoun' || m.refers) named.push({ entity: resolver.entityFor(m.refers ?? m), mention: m });
  resolver.gatherPronounEvidence(named, o.ends);
  const byMention = new Map<string, Entity | null>();
  let n = 0;
  for (const m of unique) {
    const key = `${m.first}:${m.last}`;
    let entity: Entity | null;
    if (m.kind === 'pronoun' && !m.refers) entity = resolver.resolvePronoun(m.first);
    else entity = named[n++]!.entity;
    if (entity) resolver.speaks(entity, m.first);
    byMention.set(key, entity);
  }

  const speakerOf = (m: Mention): QuoteSuggestion['speaker'] => {
    const mention = span(text, tokens, m.first, m.last);
    const entity = byMention.get(`${m.first}:${m.last}`);
    return { name: entity?.name ?? mention.text, mention };
  };

  const out: QuoteSuggestion[] = [];
  for (const d of directs) {
    if (!d.keep) continue;
    const a = d.attribution;
    let confidence = d.confidence;
    if (a && a.mention.kind === 'pronoun' && !byMention.get(`${a.mention.first}:${a.mention.last}`)) confidence -= 0.15;
    const speaker = a ? speakerOf(a.mention) : null;
    const cue = a?.cue ? span(text, tokens, a.cue.first, a.cue.last) : null;
    // A quote over several paragraphs is suggested paragraph by paragraph: a tag lives inside one block.
    for (const piece of paragraphPieces(text, d.span, blankLines)) {
      out.push({ kind: 'direct', ...piece, speaker, cue, confidence: round(confidence) });
    }
  }
  for (const s of indirects) {
    const content = span(text, tokens, s.first, s.last);
    let confidence = s.that ? 0.78 : 0.62;
    if (s.mention.kind === 'pronoun' && !byMention.get(`${s.mention.first}:${s.mention.last}`)) confidence -= 0.15;
    out.push({
      kind: 'indirect',
      ...content,
      speaker: speakerOf(s.mention),
      cue: span(text, tokens, s.cue.first, s.cue.last),
      confidence: round(confidence),
    });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

const CONTINUATION = /^[\s\u00a0]*["\u201c\u201e\u00ab\u00bb\u2018\u201a\u2039][\s\u00a0]*/;

/** The words of each paragraph of a quotation, without the mark that reopens it at the start of a paragraph. */
function paragraphPieces(text: string, q: QuotedSpan, blankLines: boolean): TextSpan[] {
  const whole = { text: text.slice(q.start, q.end), start: q.start, end: q.end };
  if (q.paragraphs <= 1) return [whole];
  const pieces: TextSpan[] = [];
  let from = q.start;
  const cut = (to: number): void => {
    let start = from;
    const reopened = pieces.length > 0 ? CONTINUATION.exec(text.slice(start, to)) : null;
    if (reopened) start += reopened[0].length;
    while (start < to && /\s/.test(text[start]!)) start++;
    let end = to;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) pieces.push({ text: text.slice(start, end), start, end });
  };
  for (let i = text.indexOf('\n', q.start); i >= 0 && i < q.end; i = text.indexOf('\n', i + 1)) {
    if (blankLines && !isBlankLineBreak(text, i)) continue;
    cut(i);
    from = i + 1;
  }
  cut(q.end);
  return pieces.length > 0 ? pieces : [whole];
}

/** Adds the reported speech of woven quotations that no reported clause found already covers. */
function withWoven(o: Outline, found: IndirectSpeech[], directs: readonly Direct[]): IndirectSpeech[] {
  const covered = new Uint8Array(o.tokens.length);
  const cover = (s: IndirectSpeech): void => {
    covered.fill(1, s.first, s.last + 1);
  };
  found.forEach(cover);
  const out = [...found];
  for (const d of directs) {
    if (!d.reported || covered[d.q]) continue;
    out.push(d.reported);
    cover(d.reported);
  }
  return out.sort((a, b) => a.first - b.first);
}

/** Reported speech that is mostly a quotation is already suggested as that quotation. */
function mostlyQuoted(o: Outline, s: IndirectSpeech, kept: readonly Direct[]): boolean {
  const start = o.tokens[s.first]!.start;
  const end = o.tokens[s.last]!.end;
  // `kept` is in text order: start from the first quotation that may overlap.
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (kept[mid]!.span.end <= start) lo = mid + 1;
    else hi = mid;
  }
  let quoted = 0;
  for (let i = lo; i < kept.length && kept[i]!.span.start < end; i++) {
    const d = kept[i]!;
    quoted += Math.max(0, Math.min(end, d.span.end) - Math.max(start, d.span.start));
  }
  return quoted * 2 >= end - start;
}

function round(x: number): number {
  return Math.round(Math.max(0.05, Math.min(0.99, x)) * 100) / 100;
}
