import { isCapitalised, type Token } from './tokens';

/** How a reporting verb may be used around a quotation. */
export interface CueWord {
  /** `said Smith` is allowed (the speaker may follow the verb). */
  invertible: boolean;
  /** A form in -ing ("adding"), whose speaker is the subject of the main clause. */
  participle: boolean;
  /** Verbs such as "called" or "described" mark a partial quote, not a full report of speech. */
  weak: boolean;
}

/** Reporting verbs by base form; the speaker may follow those marked with `~`. */
const STRONG =
  '~say ~add ~state ~note ~remark ~continue ~confirm stress ~affirm ~tell ~explain ~argue ~claim ~insist ~declare announce ~write ' +
  '~tweet post ~ask ~answer ~reply ~respond ~recall ~warn ~acknowledge ~admit ~concede ~suggest emphasize emphasise ~joke ~quip ' +
  '~complain ~predict promise vow pledge ~maintain ~contend ~observe ~comment mention ~report reveal disclose ~conclude urge ~charge ' +
  '~counter ~retort ~shout ~yell ~cry scream ~exclaim ~whisper ~boast ~brag agree allege testify ~read ~speak ~repeat reiterate ' +
  '~recount ~caution ~advise ~muse ~wonder ~lament ~plead demand ~question ~offer ~sigh ~snap ~mutter ~chant ~proclaim ' +
  '~assert ~reason ~opine ~interject ~interrupt ~begin ~finish ~gush ~rave ~tout ~estimate ~reckon ~mock ' +
  '~scoff ~marvel ~rail ~fume ~grumble ~thunder ~vent assure ~demur ~riff ~preach ~beg ~implore ~summarize ~summarise';

/** Verbs that introduce a partial quote ("called it “a disaster”"). */
const WEAK =
  'call describe dub label brand term blast slam accuse praise criticize criticise deride decry denounce hail characterize ' +
  'characterise refer dismiss attack lambast lambaste rip knock ridicule thank blame credit applaud welcome condemn ' +
  'think believe hope fear feel worry';

const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  feel: ['feels', 'felt'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  read: ['reads', 'read'],
  begin: ['begins', 'began', 'beginning'],
  cry: ['cries', 'cried', 'crying'],
  reply: ['replies', 'replied', 'replying'],
  testify: ['testifies', 'testified', 'testifying'],
  offer: ['offers', 'offered'],
  finish: ['finished'],
  question: ['questioned', 'questioning'],
  wonder: ['wondered', 'wonders'],
  answer: ['answered', 'answers'],
  counter: ['countered', 'counters'],
};

const DOUBLES = new Set(['quip', 'snap', 'rip', 'dub', 'admit', 'refer', 'regret', 'submit', 'commit']);

function forms(base: string): string[] {
  const irregular = IRREGULAR[base];
  if (irregular) return irregular;
  const out = [base];
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const doubled = DOUBLES.has(base) ? base + base.at(-1) : stem;
  out.push(/(s|sh|ch|x|z)$/.test(base) ? base + 'es' : base + 's');
  out.push(base.endsWith('e') ? base + 'd' : doubled + 'ed');
  out.push((base.endsWith('ee') ? base : doubled) + 'ing');
  return out;
}

const LEXICON = new Map<string, CueWord>();
/** Present-tense base forms ("say", "argue"), which need a plural subject or a modal before them. */
const BARE = new Set<string>();
for (const raw of STRONG.split(/\s+/)) {
  const invertible = raw.startsWith('~');
  const base = raw.replace('~', '');
  if (base !== 'read') BARE.add(base);
  for (const form of forms(base)) {
    LEXICON.set(form, { invertible: invertible && !form.endsWith('ing'), participle: form.endsWith('ing'), weak: false });
  }
}
for (const base of WEAK.split(/\s+/)) {
  BARE.add(base);
  for (const form of forms(base)) if (!LEXICON.has(form)) LEXICON.set(form, { invertible: false, participle: form.endsWith('ing'), weak: true });
}
// Bare base forms read as nouns too often ("a post", "the report", "his vow") unless after "to" or "will".
const NOUN_LIKE = new Set(['retort', 'shout', 'scream', 'yell', 'boast', 'whisper', 'plea', 'complaint', 'remark', 'post', 'report', 'answer', 'reply', 'vow', 'pledge', 'promise', 'comment', 'question', 'offer', 'demand', 'cry', 'call', 'attack', 'charge', 'counter', 'claim', 'warn', 'note', 'state', 'credit', 'welcome', 'label', 'brand', 'term', 'estimate', 'tout', 'knock', 'blast', 'slam', 'quip', 'joke', 'muse', 'vent', 'snap', 'sigh', 'chant', 'finish', 'begin', 'reason', 'praise', 'blame', 'rip', 'rail']);

const MODALS = new Set(['to', 'will', 'would', 'could', 'should', 'might', 'may', 'must', 'did', "didn't", 'not', 'i', 'we', 'they', 'you']);

const ARTICLES = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those']);

const TAKES_INFINITIVE = /^(continu|begin|began|begun|promis|vow|pledg|agree|offer|demand|plead|hop|fear|refus|threaten|want|wish|decid)/;

/** Verbs whose object comes before the clause ("told reporters that …"), so what follows is not the speaker. */
export const TAKES_OBJECT = new Set(['tell', 'ask', 'assure', 'beg', 'implore', 'warn', 'urge', 'remind', 'inform', 'advise', 'caution', 'thank']);

/** A reporting cue found at a token: the verb or phrase and its token range. */
export interface Cue extends CueWord {
  first: number;
  last: number;
}

const PHRASE_PARTICLES: Record<string, string> = {
  pointed: 'out', pointing: 'out', points: 'out', point: 'out',
  went: 'on', goes: 'on', going: 'on',
  weighed: 'in', weighs: 'in', chimed: 'in', chimes: 'in',
  fired: 'back', fires: 'back', shot: 'back',
  spelled: 'out', laid: 'out', cut: 'in', cuts: 'in', broke: 'in',
};

const cache = new WeakMap<readonly Token[], (Cue | null | undefined)[]>();

/** The reporting cue that starts at token `i`, if any. */
export function cueAt(tokens: readonly Token[], i: number): Cue | null {
  if (i < 0 || i >= tokens.length) return null;
  let known = cache.get(tokens);
  if (!known) {
    known = new Array<Cue | null | undefined>(tokens.length);
    cache.set(tokens, known);
  }
  const hit = known[i];
  if (hit !== undefined) return hit;
  const cue = findCue(tokens, i);
  known[i] = cue;
  return cue;
}

function findCue(tokens: readonly Token[], i: number): Cue | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  const w = t.lower;
  if (w === 'according' && tokens[i + 1]?.lower === 'to') {
    return { first: i, last: i + 1, invertible: true, participle: false, weak: false };
  }
  const particle = PHRASE_PARTICLES[w];
  if (particle && tokens[i + 1]?.lower === particle) {
    return { first: i, last: i + 1, invertible: w !== 'going', participle: w.endsWith('ing'), weak: false };
  }
  const entry = LEXICON.get(w);
  if (!entry) return null;
  const prev = tokens[i - 1];
  // Mid-sentence verbs are lower case: "the United States" is no cue.
  if (/^\p{Lu}/u.test(t.text) && prev?.kind === 'word') return null;
  // After a determiner or possessive the word is a noun ("a warning", "Trump's tweet").
  if (prev?.kind === 'word' && (ARTICLES.has(prev.lower) || /'s$/.test(prev.lower))) return null;
  const base = NOUN_LIKE.has(w) ? w : w.endsWith('s') && NOUN_LIKE.has(w.slice(0, -1)) ? w.slice(0, -1) : w.endsWith('es') && NOUN_LIKE.has(w.slice(0, -2)) ? w.slice(0, -2) : '';
  const before = prev?.lower ?? '';
  if (base !== '' && w !== base) {
    if (!(PRONOUNS.has(before) || isCapitalised(prev) || before.endsWith('ly'))) return null;
  } else if (BARE.has(w)) {
    // "critics say", "they argue", "will add"; not "a snappy retort".
    const plural = prev?.kind === 'word' && /[^s']s$/.test(before);
    if (!(MODALS.has(before) || plural || before === 'they' || before === 'we' || before === 'you' || before === 'i')) return null;
    if (NOUN_LIKE.has(w) && !MODALS.has(before)) return null;
  }
  // "will continue to be", "vowed to fight": an infinitive follows, not speech.
  if (tokens[i + 1]?.lower === 'to' && TAKES_INFINITIVE.test(w) && tokens[i + 2]?.kind !== 'quote') return null;
  // Passive "added by": not a report of speech.
  if (tokens[i + 1]?.lower === 'by' && /ed$/.test(w)) return null;
  return { first: i, last: i, ...entry };
}

/** Words that may sit between a speaker and the reporting verb ("he also said", "Smith has said"). */
export const BETWEEN_SUBJECT_AND_VERB = new Set(
  (
    'also later then further again previously recently once still simply just only even has have had was is were are will would could ' +
    'should may might can did does do been being reportedly repeatedly often frequently never always not n\'t quickly immediately ' +
    'flatly bluntly openly publicly privately first finally subsequently separately additionally likewise similarly initially ' +
    'earlier specifically explicitly jokingly angrily emphatically quietly loudly softly simply tersely curtly proudly candidly ' +
    'indeed herself himself themselves itself'
  ).split(' '),
);

/** Pronouns that can name a speaker. */
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** Determiners and possessives that start a noun phrase. */
export const DETERMINERS = new Set(
  'the a an this that these those his her its their our my your one another some several many two three four both each every other no any'.split(' '),
);

/** Words that end a noun phrase when reading leftwards or rightwards. */
export const FUNCTION_WORDS = new Set(
  (
    'and or but nor so yet that which who whom whose when where while as if because though although than since until unless whether ' +
    'in on at of for with by from to about after before during into onto over under against through between among without within ' +
    'upon across behind beyond toward towards like near despite via per amid amongst around along outside inside there here not ' +
    'is are was were be been being has have had do does did will would can could should may might must also just then said says ' +
    'told what how why all more most such very too out up down off'
  ).split(' '),
);

/** Capitalised words that begin sentences but never names. */
export const SENTENCE_OPENERS = new Set(
  (
    'but and or so yet then still now meanwhile however also later in on at after before when while as if though although ' +
    'because since during for with by from to of instead indeed moreover furthermore nevertheless nonetheless finally first ' +
    'second third last earlier again asked speaking writing responding addressing there here this that these those it its ' +
    'yes no well oh what why how where who whom which whose even only just perhaps maybe thus hence otherwise besides ' +
    'additionally separately similarly likewise like unlike today yesterday tomorrow tonight overall ultimately eventually according the a an ' +
    'monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);

/** Lower-case title words that may precede a name ("chairman Rence Priebus"). */
export const TITLE_WORDS = new Set(
  (
    'mr mrs ms miss dr sen senator rep representative gov governor president vice secretary minister prime foreign chairman ' +
    'chairwoman chair speaker leader majority minority justice judge gen general lt col adm admiral attorney mayor ambassador ' +
    'director chief former democratic republican rev reverend pope king queen prince princess lord lady sir dame candidate ' +
    'commissioner officer spokesman spokeswoman spokesperson professor prof congressman congresswoman councilman councilwoman ' +
    'deputy assistant acting u.s. us uk state sheriff mr. mrs. ms. dr. sen. rep. gov. gen. lt. col. sgt sgt. capt capt. ' +
    'retired ret. presidential nominee hopeful frontrunner front-runner rival counterpart house white press advisor adviser ' +
    'aide strategist pollster analyst economist author columnist host anchor correspondent reporter editor founder ceo executive ' +
    'manager campaign national security defense homeland interior treasury agriculture education energy labor commerce ' +
    'health transportation chancellor premier president-elect gop first'
  ).split(' '),
);

/** Gender a title implies. */
export const GENDERED_TITLES: Record<string, 'he' | 'she'> = {
  mr: 'he', 'mr.': 'he', sir: 'he', lord: 'he', king: 'he', prince: 'he', congressman: 'he', spokesman: 'he', councilman: 'he',
  chairman: 'he', mrs: 'she', 'mrs.': 'she', ms: 'she', 'ms.': 'she', miss: 'she', lady: 'she', dame: 'she', queen: 'she',
  princess: 'she', congresswoman: 'she', spokeswoman: 'she', councilwoman: 'she', chairwoman: 'she',
};
