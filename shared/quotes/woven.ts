import type { Attribution, AttributionRule } from './attribute';
import { cueAt } from './cues';
import { clauseEnd, type IndirectSpeech } from './indirect';
import { sentenceStart, type Outline } from './outline';

/** Conjunctions that open a clause of the writer's own sentence (`…than cancer, “because those …”`). */
const SUBORDINATORS = new Set(['because', 'when', 'whenever', 'while', 'whereas', 'although', 'though', 'unless', 'if', 'since']);

/** How many tokens after a reporting verb a "that" may come and still open its clause ("said Tuesday that"). */
const THAT_WINDOW = 8;

/** Attributions that leave a lower-case quotation after a comma inside the writer's own clause. */
const DISTANT: ReadonlySet<AttributionRule> = new Set(['before-far', 'participle', 'colon']);

/**
 * Whether quotation token `q` is woven into the grammar of its sentence rather than introduced as speech:
 * it follows a word of the sentence (`said he was “not quite there yet”`, `called it “a disaster”`),
 * follows "that," (`added that, “…”`), continues a woven quotation (`“ethanol people” “do a fantastic job”`),
 * goes on, in lower case after a comma, with a clause the writer began (`…than cancer, “because those …”`,
 * `arguing that if …, “more homes will burn”`), or is followed by more of the writer's words before its attribution
 * (`“This will be a challenge” for Clinton, said Kunin`). Such words are part of reported speech, not a quote of their own.
 */
export function isWoven(o: Outline, q: number, previousWoven: boolean, rule: AttributionRule | null): boolean {
  const { tokens } = o;
  // `“This will be a challenge” for Clinton, said Kunin`: the sentence goes on past the marks before its attribution.
  if (rule === 'after-far') return true;
  const prev = tokens[q - 1];
  if (!prev || o.ends[q - 1] || prev.kind === 'break') return false;
  // `adding that “Putin was taken aback by our unity.”`: a whole sentence in the speaker's words stays a quote.
  if (prev.kind === 'word') return !(prev.lower === 'that' && wholeSentence(o, q));
  if (prev.kind === 'quote') return previousWoven;
  if (prev.text !== ',') return false;
  if (tokens[q - 2]?.lower === 'that') return true;
  const first = /\p{L}+/u.exec(tokens[q]!.text);
  if (!first || !/^\p{Ll}/u.test(first[0])) return false;
  // Introduced by its own reporting verb (`Tharoor wrote, “after the vote …”`), it is speech.
  if (rule === 'before' || rule === 'follows') return false;
  if (SUBORDINATORS.has(first[0])) return true;
  return rule !== null && DISTANT.has(rule) && !interrupted(o, q);
}

/** A quotation that is a sentence of its own: capitalised, ending its sentence with . ! or ? inside the marks. */
function wholeSentence(o: Outline, q: number): boolean {
  const words = /\p{L}[^]*[.!?]/u.exec(o.tokens[q]!.text);
  return words !== null && /^\p{Lu}/u.test(words[0]) && o.ends[q] === true;
}

/** `“The risk,” said Edward Leamer, an economist, “is that …”`: the second half of a quotation its attribution interrupts. */
function interrupted(o: Outline, q: number): boolean {
  let quoted = false;
  for (let k = q - 2; k >= sentenceStart(o, q); k--) {
    const t = o.tokens[k]!;
    // `noting that he and his wife, “have regularly talked …”`: a reported clause the writer began.
    if (t.lower === 'that') return false;
    if (t.kind === 'quote') quoted = true;
  }
  return quoted;
}

/**
 * The reported speech a woven quotation `q` belongs to, from its attribution: after the reporting verb
 * (`Smith said Tuesday that … “…” …`) or from the start of the clause up to the quotation (`Rubio “apologized,” Hannity said`).
 */
export function reportedAround(o: Outline, q: number, a: Attribution): IndirectSpeech | null {
  const cue = a.cue;
  if (!cue || a.rule === 'colon') return null;
  const { tokens } = o;
  if (cue.last < q) {
    let c = cue.last + 1;
    let that = false;
    for (let k = c; k < q && k <= cue.last + THAT_WINDOW; k++) {
      if (tokens[k]!.kind !== 'word' || cueAt(tokens, k)) break;
      if (tokens[k]!.lower === 'that') {
        c = k + 1;
        that = true;
        break;
      }
    }
    while (c < q && tokens[c]!.kind === 'punct') c++;
    const last = clauseEnd(o, c);
    return { first: c, last: last >= q ? last : clauseEnd(o, q), mention: a.mention, cue, that };
  }
  let first = sentenceStart(o, q);
  for (let k = q - 1; k > first; k--) {
    const t = tokens[k]!.text;
    if (t === ':' || t === ';' || t === '\u2014') {
      first = k + 1;
      break;
    }
  }
  return { first, last: q, mention: a.mention, cue, that: false };
}
