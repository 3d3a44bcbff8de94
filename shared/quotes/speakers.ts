import { GENDERED_TITLES, TITLE_WORDS } from './cues';
import { isNameWord, pronounOf, type Mention } from './mentions';
import { isCapitalised, type Token } from './tokens';
import type { KnownSpeaker } from './types';

type Pronoun = '' | 'he' | 'she' | 'they';

/** A person or body the text quotes. */
export interface Entity {
  name: string;
  /** Lower-case words of the name without titles. */
  words: string[];
  pronoun: Pronoun;
  /** Set by the cast: never overridden by what the text suggests. */
  fixed: boolean;
  person: boolean;
  he: number;
  she: number;
}

/** How many tokens after a named speaker count as evidence of their pronoun. */
const EVIDENCE_WINDOW = 150;
const HE = new Set(['he', 'him', 'his', 'himself']);
const SHE = new Set(['she', 'her', 'hers', 'herself']);
const ORGANISATION_WORDS = new Set(
  (
    'news times post journal press committee campaign party department office agency association council union institute ' +
    'foundation group network magazine newspaper paper company corporation administration ministry government house senate ' +
    'court board commission center centre university school church team service bureau pac club tribune herald daily weekly'
  ).split(' '),
);

function wordsOf(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .split(/\s+/)
    .map((w) => w.replace(/'s$/, '').replace(/[^\p{L}\p{N}.'-]/gu, ''))
    .filter((w) => w !== '');
}

/** The person's name inside a mention, without titles: "U.S. Secretary of State Antony Blinken" → "Antony Blinken". */
export function personName(mentionText: string): string {
  const parts = mentionText.replace(/['\u2019]s$/, '').split(/\s+/).filter((p) => p !== '');
  let first = parts.length;
  while (first > 0) {
    const p = parts[first - 1]!;
    const lower = p.toLowerCase();
    if (TITLE_WORDS.has(lower) || lower === 'the' || lower === 'of' || !/^[\p{Lu}\p{N}]/u.test(p)) break;
    first--;
  }
  // "Secretary of State" alone, or "the Foreign Secretary": an office, not a name.
  return parts.slice(first).join(' ');
}

function titleGender(mentionText: string): '' | 'he' | 'she' {
  for (const w of mentionText.toLowerCase().split(/\s+/)) {
    const g = GENDERED_TITLES[w];
    if (g) return g;
  }
  return '';
}

/** Resolves mentions to the entities they name, and pronouns to the nearest matching speaker. */
export class SpeakerResolver {
  readonly entities: Entity[] = [];
  /** Speaker occurrences in text order: where an entity was named or referred to as speaking. */
  private readonly occurrences: { entity: Entity; at: number }[] = [];
  private readonly aliases = new Map<string, Entity>();
  /** Entities by the first and the last word of their name, in registration order. */
  private readonly byWord = new Map<string, Entity[]>();
  private readonly phrases = new Map<string, Entity>();
  private readonly order = new Map<Entity, number>();

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    known: readonly KnownSpeaker[],
  ) {
    for (const k of known) {
      const name = k.fullName.trim() || k.shortName.trim();
      if (name === '') continue;
      this.register({
        name,
        words: wordsOf(personName(name) || name),
        pronoun: k.pronoun,
        fixed: k.pronoun !== '',
        person: true,
        he: 0,
        she: 0,
      });
      const short = k.shortName.trim();
      if (short !== '' && short !== name) this.aliases.set(short.toLowerCase(), this.entities[this.entities.length - 1]!);
    }
  }

  /** The entity a name or phrase mention refers to, registering a new one when needed. */
  entityFor(mention: Mention): Entity {
    const first = this.tokens[mention.first]!;
    const last = this.tokens[mention.last]!;
    const raw = this.text.slice(first.start, last.end);
    if (mention.kind === 'phrase') return this.phraseEntity(raw);
    const alias = this.aliases.get(raw.toLowerCase()) ?? this.aliases.get(personName(raw).toLowerCase());
    if (alias) return alias;
    const core = personName(raw);
    if (core === '') return this.phraseEntity(raw);
    const words = wordsOf(core);
    const found = this.match(words);
    const gender = titleGender(raw);
    if (found) {
      if (words.length > found.words.length && endsWith(words, found.words)) {
        found.words = words;
        found.name = core;
        this.indexWords(found);
      }
      if (gender && !found.fixed) found[gender] += 5;
      return found;
    }
    const full = words.length === 1 ? this.fullNameFor(words[0]!, mention.first) : null;
    const entity: Entity = {
      name: full ?? core,
      words: full ? wordsOf(full) : words,
      pronoun: '',
      fixed: false,
      person: !words.some((w) => ORGANISATION_WORDS.has(w)),
      he: 0,
      she: 0,
    };
    if (gender) entity[gender] += 5;
    this.register(entity);
    return entity;
  }

  private register(entity: Entity): void {
    this.order.set(entity, this.entities.length);
    this.entities.push(entity);
    this.indexWords(entity);
  }

  private indexWords(entity: Entity): void {
    for (const w of new Set([entity.words[0], entity.words.at(-1)])) {
      if (w === undefined) continue;
      const list = this.byWord.get(w);
      if (!list) this.byWord.set(w, [entity]);
      else if (!list.includes(entity)) list.push(entity);
    }
  }

  private phraseEntity(raw: string): Entity {
    const key = raw.toLowerCase().replace(/^(the|a|an)\s+/, '');
    const existing = this.phrases.get(key);
    if (existing) return existing;
    const gender = titleGender(raw);
    const entity: Entity = { name: raw, words: key.split(/\s+/), pronoun: gender, fixed: false, person: gender !== '', he: 0, she: 0 };
    this.entities.push(entity);
    this.phrases.set(key, entity);
    return entity;
  }

  private match(words: string[]): Entity | null {
    let best: Entity | null = null;
    let bestOrder = -1;
    const candidates = [...(this.byWord.get(words[0]!) ?? []), ...(this.byWord.get(words.at(-1)!) ?? [])];
    for (const e of candidates) {
      if (e.words.length === 0) continue;
      const same =
        words.length === 1
          ? e.person && (e.words.at(-1) === words[0] || e.words[0] === words[0])
          : words.length === e.words.length
            ? endsWith(e.words, words)
            : e.words.length === 1
              ? words.at(-1) === e.words[0]
              : endsWith(words, e.words) || endsWith(e.words, words) || (words[0] === e.words[0] && words.at(-1) === e.words.at(-1));
      // The most recently registered of several matches.
      const order = this.order.get(e) ?? -1;
      if (same && order > bestOrder) {
        best = e;
        bestOrder = order;
      }
    }
    return best;
  }

  /** For a surname used alone, the fuller name the text gives elsewhere ("Truss" → "Liz Truss"). */
  private fullNameFor(word: string, near: number): string | null {
    let best: { name: string; distance: number } | null = null;
    for (const i of this.wordIndex().get(word) ?? []) {
      const t = this.tokens[i]!;
      let k = i;
      while (k - 1 >= 0 && isCapitalised(this.tokens[k - 1]) && !TITLE_WORDS.has(this.tokens[k - 1]!.lower) && k > i - 3) k--;
      if (k === i) continue;
      const name = personName(this.text.slice(this.tokens[k]!.start, t.end));
      if (name.split(/\s+/).length < 2) continue;
      // Earlier full forms win over later ones.
      const distance = i < near ? near - i : (near - i) * -4;
      if (!best || distance < best.distance) best = { name, distance };
    }
    return best?.name ?? null;
  }

  /** Speakers before token `at`, nearest first; occurrences are recorded in text order. */
  private *recentSpeakers(at: number): Generator<Entity> {
    let seen = 0;
    for (let i = this.occurrences.length - 1; i >= 0 && seen < 200; i--) {
      const o = this.occurrences[i]!;
      if (o.at >= at) continue;
      seen++;
      yield o.entity;
    }
  }

  /** With no speaker to refer to, a pronoun refers to the nearest full name before it ("Blinken met Liz Truss. She said …"). */
  private nearestName(at: number, pronoun: 'he' | 'she'): Entity | null {
    const paragraph = this.tokens[at]!.paragraph;
    for (let i = at - 1; i >= 0 && i >= at - 300 && this.tokens[i]!.paragraph >= paragraph - 1; i--) {
      if (!isNameWord(this.tokens[i]) || !isNameWord(this.tokens[i - 1])) continue;
      let k = i - 1;
      while (k - 1 >= 0 && isNameWord(this.tokens[k - 1]) && k > i - 3) k--;
      const name = personName(this.text.slice(this.tokens[k]!.start, this.tokens[i]!.end));
      const words = wordsOf(name);
      if (words.length < 2 || words.some((w) => ORGANISATION_WORDS.has(w))) continue;
      let entity = this.match(words);
      if (!entity) {
        entity = { name, words, pronoun: '', fixed: false, person: true, he: 0, she: 0 };
        this.register(entity);
      }
      if (entity.pronoun === pronoun) return entity;
      if (entity.pronoun === '') {
        entity.pronoun = pronoun;
        return entity;
      }
      i = k;
    }
    return null;
  }

  private index: Map<string, number[]> | null = null;

  /** Token positions of each capitalised word, built on first use. */
  private wordIndex(): Map<string, number[]> {
    if (this.index) return this.index;
    const index = new Map<string, number[]>();
    for (let i = 1; i < this.tokens.length; i++) {
      const t = this.tokens[i]!;
      if (!isCapitalised(t)) continue;
      const key = t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower;
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    }
    this.index = index;
    return index;
  }

  /** Counts he/she words after a named speaker, up to the next named speaker, as evidence of their pronoun. */
  gatherPronounEvidence(named: readonly { entity: Entity; mention: Mention }[], sentenceEnds: readonly boolean[]): void {
    const sorted = [...named].sort((a, b) => a.mention.first - b.mention.first);
    for (let n = 0; n < sorted.length; n++) {
      const { entity, mention } = sorted[n]!;
      if (entity.fixed) continue;
      let stop = Math.min(this.tokens.length, mention.last + 1 + EVIDENCE_WINDOW);
      for (let m = n + 1; m < sorted.length && sorted[m]!.mention.first < stop; m++) {
        if (sorted[m]!.entity !== entity) {
          stop = sorted[m]!.mention.first;
          break;
        }
      }
      let paragraphs = 0;
      for (let i = mention.last + 1; i < stop && paragraphs < 2; i++) {
        const t = this.tokens[i]!;
        if (t.kind === 'break') paragraphs++;
        else if (HE.has(t.lower)) entity.he++;
        else if (SHE.has(t.lower)) entity.she++;
      }
      // "On her part, Liz Truss stated": a possessive earlier in the same sentence points forward.
      for (let i = mention.first - 1; i >= 0 && i >= mention.first - 40 && !sentenceEnds[i]; i--) {
        const t = this.tokens[i]!;
        if (isCapitalised(t) && i > 0 && !sentenceEnds[i - 1]) break;
        if (t.lower === 'his') entity.he += 2;
        else if (t.lower === 'her') entity.she += 2;
      }
    }
    for (const e of this.entities) {
      if (e.fixed) continue;
      e.pronoun = e.he > e.she ? 'he' : e.she > e.he ? 'she' : e.pronoun;
    }
  }

  /** Records that `entity` speaks at token `at`. */
  speaks(entity: Entity, at: number): void {
    this.occurrences.push({ entity, at });
  }

  /** The speaker a pronoun at token `at` refers to: the nearest preceding speaker whose pronoun matches. */
  resolvePronoun(at: number): Entity | null {
    const pronoun = pronounOf(this.tokens[at]);
    if (pronoun === 'he' || pronoun === 'she') {
      let open: Entity | null = null;
      for (const e of this.recentSpeakers(at)) {
        if (e.pronoun === pronoun) return e;
        if (!open && e.pronoun === '' && e.person) open = e;
      }
      if (open) {
        if (!open.fixed) open.pronoun = pronoun;
        return open;
      }
      return this.nearestName(at, pronoun);
    }
    if (pronoun === 'they' || pronoun === 'it') {
      for (const e of this.recentSpeakers(at)) if (e.pronoun === 'they' || (!e.person && e.pronoun === '')) return e;
    }
    return null;
  }
}

function endsWith(words: readonly string[], tail: readonly string[]): boolean {
  if (tail.length > words.length || tail.length === 0) return false;
  for (let i = 1; i <= tail.length; i++) if (words[words.length - i] !== tail[tail.length - i]) return false;
  return true;
}
