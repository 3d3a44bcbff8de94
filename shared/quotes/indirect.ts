import { TAKES_OBJECT, cueAt, type Cue } from './cues';
import { mainSubject } from './attribute';
import { sentenceEnd, sentenceStart, type Outline } from './outline';
import { phraseStartingAt, pronounOf, subjectBefore, type Mention } from './mentions';
import { isCapitalised } from './tokens';

/** Reported speech found in the text: `Smith said (that) …`. */
export interface IndirectSpeech {
  /** Token range of the reported words. */
  first: number;
  last: number;
  mention: Mention;
  cue: Cue;
  /** Introduced by "that" (more certain than a bare clause). */
  that: boolean;
}

const SAY = new Set(['say', 'says', 'said', 'saying']);
const NOT_A_CLAUSE = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday yesterday today tonight earlier later last this next in on at ' +
    'during after before while when about of to for with by from so as than nothing something anything everything no yes ' +
    'more much little only just also again even repeatedly previously recently afterward afterwards then there here'
  ).split(' '),
);

/** Words a reported clause stops before: a new participle cue or a parenthetical source. */
function clauseStops(o: Outline, k: number): boolean {
  const t = o.tokens[k]!;
  if (t.kind === 'break' || t.text === ';') return true;
  if (t.text !== ',') return false;
  const cue = cueAt(o.tokens, k + 1);
  if (cue && (cue.participle || o.tokens[k + 1]!.lower === 'according')) return true;
  // ", he said." closing a reported clause
  const next = o.tokens[k + 1];
  return next !== undefined && pronounOf(next) !== '' && cueAt(o.tokens, k + 2) !== null;
}

/** Finds reported speech introduced by a reporting verb, with the verb's subject as speaker. */
export function findIndirect(o: Outline): IndirectSpeech[] {
  const { tokens } = o;
  const out: IndirectSpeech[] = [];
  for (let v = 0; v < tokens.length; v++) {
    const cue = cueAt(tokens, v);
    if (!cue || cue.weak || tokens[v]!.lower === 'according') continue;
    const verb = tokens[v]!.lower;
    let c = cue.last + 1;
    if (TAKES_OBJECT.has(baseOf(verb))) {
      const object = phraseStartingAt(tokens, c, tokens.length - 1);
      if (!object) continue;
      c = object.last + 1;
      if (tokens[c]?.lower !== 'that') continue;
    }
    const that = tokens[c]?.lower === 'that';
    if (that) c++;
    else if (!SAY.has(verb) || !startsClause(o, c)) continue;
    const first = tokens[c];
    if (!first || first.kind === 'quote' || first.kind === 'break' || first.kind === 'punct') continue;
    const last = clauseEnd(o, c);
    if (last - c < 2) continue;
    const start = sentenceStart(o, v);
    const mention = cue.participle ? mainSubject(o, start, v) : subjectBefore(tokens, v, start);
    if (!mention) continue;
    out.push({ first: c, last, mention, cue, that });
    v = cue.last;
  }
  return out;
}

/** The last token of the reported clause that starts at token `c`: it runs to a stop or the sentence end. */
export function clauseEnd(o: Outline, c: number): number {
  const { tokens } = o;
  const end = sentenceEnd(o, c);
  let last = c;
  while (last + 1 <= end && last < c + 200 && !clauseStops(o, last + 1)) last++;
  while (last > c && tokens[last]!.kind === 'punct' && tokens[last]!.text !== ')') last--;
  return last;
}

function baseOf(verb: string): string {
  if (verb === 'told' || verb === 'tells' || verb === 'telling') return 'tell';
  return verb.replace(/(ed|s|ing)$/, '').replace(/e$/, '');
}

/** Whether a bare clause starts at token `c` ("said the plan would fail", not "said Tuesday"). */
function startsClause(o: Outline, c: number): boolean {
  const t = o.tokens[c];
  const n = o.tokens[c + 1];
  if (!t || t.kind !== 'word' || NOT_A_CLAUSE.has(t.lower)) return false;
  if (pronounOf(t) !== '') return n !== undefined && n.kind === 'word';
  if (isCapitalised(t)) {
    // "said Smith." is an inverted attribution, not a clause.
    const np = phraseStartingAt(o.tokens, c, o.tokens.length - 1);
    const after = np ? o.tokens[np.last + 1] : undefined;
    return after !== undefined && after.kind === 'word' && !o.ends[np!.last];
  }
  return ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'there', 'this', 'these', 'those', 'some', 'many', 'most', 'all'].includes(t.lower);
}
