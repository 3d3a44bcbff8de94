/**
 * Scores `quotes --text` on the annotated news sample in ../shared/corpora/polnear-train.
 *
 *   npm run eval:quotes [-- --errors] [-- --default] [-- --baseline] [-- --limit N] [-- --fold K/N]
 *
 * Each article is read and analysed by the same function the `quotes --text` command uses, in
 * this process; both scorings below are printed on every run, the strict one first.
 *
 * Strict scoring (the README read literally) is the headline, the number the goals are judged by:
 * - Each annotated Content piece, as annotated (no joining, no splitting), is one gold item; it is a
 *   direct quote when it is content in quotation marks: every letter and digit of it lies inside
 *   quotation marks (marks outside the piece that enclose it count; marks pair within a paragraph).
 *   `that he was “not quite there”` is then reported speech, the whole clause, not a direct quote.
 * - Why it is the headline: it is the README's own rule ("a direct quote is content in quotation
 *   marks, anything else is indirect"), it needs no choices of ours about joining or splitting the
 *   annotation, and it is the reading under which the naive regular expression (`--baseline`) scores
 *   what the issue reports for one on unseen news (F1 0.72, speakers 27%); the default rule puts the
 *   same baseline at F1 0.85, so its numbers are not comparable with the goals.
 * Default scoring (a lenient reading, kept for comparison):
 * - Each annotated attribution has a Content made of one or more pieces. Pieces separated only by
 *   whitespace are joined (annotators split long quotes at sentence ends). A piece is direct speech
 *   when at least half of its characters lie inside quotation marks, and then each quotation in it
 *   (marks included) is one gold direct quote; other pieces are reported speech.
 * Both:
 * - The same span annotated under two attributions counts once, with both sources.
 * - A detected direct quote matches a gold direct quote when they overlap by at least half of the
 *   longer one; pairs are made largest overlap first, each gold quote and each detection used once.
 * - Speaker: a matched quote's suggested mention overlaps the annotated Source span of that attribution.
 *   Gold quotes annotated without a source are left out of the speaker share.
 * - Reported speech: suggested indirect quotes against the gold pieces that are not direct, matched
 *   the same way (strict gold; the default gold's share is printed too).
 *
 * `--errors` lists the misses of the strict scoring (`--default`: of the default one; `--strict` is
 * accepted and changes nothing); `--baseline` scores a naive regular expression instead of the
 * detector, for comparison; `--fold K/N` scores every N-th article from the K-th, to check that the
 * numbers hold on parts of the sample (`--fold 1/3`, `2/3`, `3/3`: interleaved thirds).
 * Writes bench-results/eval-quotes.json (eval-quotes-baseline.json with --baseline), unless only part of
 * the sample is scored (`--limit`, `--fold`).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { textFileQuotes } from '../electron/cli/commands/quotes';
import type { QuoteRow } from '../shared/quotes/report';

interface Span {
  start: number;
  end: number;
}

interface GoldQuote extends Span {
  direct: boolean;
  sources: Span[][];
}

interface Relation {
  content: Span[];
  source: Span[] | null;
}

interface Options {
  limit: number;
  /** Score only every `of`-th article starting at `part` (0-based), to check that the scores hold on parts of the sample. */
  fold: { part: number; of: number } | null;
  errors: boolean;
  /** `--errors` lists the misses of the default scoring instead of the strict one. */
  lenient: boolean;
  baseline: boolean;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(repoRoot, '..', 'shared', 'corpora', 'polnear-train');

function parseArgs(argv: string[]): Options {
  const options: Options = { limit: Infinity, fold: null, errors: false, lenient: false, baseline: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--limit') options.limit = Number(argv[++i]);
    else if (arg === '--fold') {
      const m = /^(\d+)\/(\d+)$/.exec(argv[++i] ?? '');
      if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new Error('--fold needs K/N with 1 ≤ K ≤ N');
      options.fold = { part: Number(m[1]) - 1, of: Number(m[2]) };
    } else if (arg === '--errors') options.errors = true;
    else if (arg === '--strict') options.lenient = false;
    else if (arg === '--default') options.lenient = true;
    else if (arg === '--baseline') options.baseline = true;
    else throw new Error(`unknown option ${arg}`);
  }
  if (!(options.limit > 0)) throw new Error('--limit needs a positive number');
  return options;
}

function parseSpans(field: string): Span[] {
  return field.split(';').map((part) => {
    const [a, b] = part.trim().split(/\s+/).map(Number);
    return { start: a!, end: b! };
  });
}

function loadRelations(ann: string): Relation[] {
  const spans = new Map<string, Span[]>();
  const lines = ann.split('\n');
  for (const line of lines) {
    const m = /^(T\d+)\t(\S+) ([\d ;]+)\t/.exec(line);
    if (m) spans.set(m[1]!, parseSpans(m[3]!));
  }
  const relations: Relation[] = [];
  for (const line of lines) {
    if (!line.startsWith('E')) continue;
    const args = new Map(
      (line.split('\t')[1] ?? '')
        .trim()
        .split(/\s+/)
        .map((p) => p.split(':') as [string, string]),
    );
    const content = spans.get(args.get('Content') ?? '');
    if (content) relations.push({ content, source: spans.get(args.get('Source') ?? '') ?? null });
  }
  return relations;
}

const OPENERS = '\u201c\u201e\u00ab"';
const CLOSERS = '\u201d\u00bb"';

/** The regions of `text` from `from` to `to` that lie inside quotation marks, marks included. */
function quotedRegions(text: string, from = 0, to = text.length): Span[] {
  const regions: Span[] = [];
  let open = -1;
  let low = false;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    const opening = OPENERS.includes(c) && !(c === '\u201c' && open >= 0 && low) && !(c === '"' && open >= 0);
    const closing = open >= 0 && (CLOSERS.includes(c) || (c === '\u201c' && low));
    if (closing) {
      regions.push({ start: open, end: i + 1 });
      open = -1;
    } else if (opening && open < 0) {
      open = i;
      low = c === '\u201e';
    }
  }
  if (open >= 0) regions.push({ start: open, end: to });
  return regions;
}

/** The quoted regions of each paragraph of the whole text (a quote left open ends with its paragraph). */
function paragraphRegions(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/\n/g)) {
    out.push(...quotedRegions(text, start, m.index));
    start = m.index + 1;
  }
  out.push(...quotedRegions(text, start, text.length));
  return out;
}

function addGold(into: Map<string, GoldQuote>, unit: Span, direct: boolean, source: Span[] | null): void {
  const key = `${direct}:${unit.start}:${unit.end}`;
  const entry = into.get(key) ?? { ...unit, direct, sources: [] };
  if (source) entry.sources.push(source);
  into.set(key, entry);
}

function goldDefault(text: string, relations: readonly Relation[]): GoldQuote[] {
  const gold = new Map<string, GoldQuote>();
  for (const { content, source } of relations) {
    const sorted = [...content].sort((a, b) => a.start - b.start);
    const joined: Span[] = [];
    for (const s of sorted) {
      const last = joined[joined.length - 1];
      if (last && /^\s*$/.test(text.slice(last.end, s.start))) last.end = Math.max(last.end, s.end);
      else joined.push({ ...s });
    }
    for (const s of joined) {
      const regions = quotedRegions(text, s.start, s.end);
      const quoted = regions.reduce((n, r) => n + r.end - r.start, 0);
      // A piece mostly in quotation marks is direct speech: each quotation in it is one gold quote.
      const direct = quoted * 2 >= s.end - s.start;
      for (const u of direct ? regions : [s]) addGold(gold, u, direct, source);
    }
  }
  return [...gold.values()];
}

/** Whether every letter and digit of `s` lies inside one of the quoted regions. */
function inQuotationMarks(text: string, s: Span, regions: readonly Span[]): boolean {
  let r = 0;
  for (let i = s.start; i < s.end; i++) {
    if (!/[\p{L}\p{N}]/u.test(text[i]!)) continue;
    while (r < regions.length && regions[r]!.end <= i) r++;
    if (r >= regions.length || regions[r]!.start > i) return false;
  }
  return true;
}

function goldStrict(text: string, relations: readonly Relation[], regions: readonly Span[]): GoldQuote[] {
  const gold = new Map<string, GoldQuote>();
  for (const { content, source } of relations) {
    for (const s of content) addGold(gold, s, inQuotationMarks(text, s, regions), source);
  }
  return [...gold.values()];
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** One-to-one matching, best overlaps first: pairs overlap by at least half of the longer span. */
function match<T extends Span>(found: readonly Span[], gold: readonly T[]): Map<number, T> {
  const candidates: { i: number; j: number; o: number }[] = [];
  found.forEach((f, i) => {
    gold.forEach((g, j) => {
      const o = overlap(f, g);
      if (o > 0 && o * 2 >= Math.max(f.end - f.start, g.end - g.start)) candidates.push({ i, j, o });
    });
  });
  candidates.sort((a, b) => b.o - a.o || a.i - b.i || a.j - b.j);
  const usedFound = new Set<number>();
  const usedGold = new Set<number>();
  const pairs = new Map<number, T>();
  for (const c of candidates) {
    if (usedFound.has(c.i) || usedGold.has(c.j)) continue;
    usedFound.add(c.i);
    usedGold.add(c.j);
    pairs.set(c.i, gold[c.j]!);
  }
  return pairs;
}

const NAIVE_SPEAKER = /^[^\n]{0,40}?\b(?:said|says|told|added)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*)|^[^\n]{0,10}?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*)\s+(?:said|says|told|added)/u;

/**
 * A naive detector for comparison: every pair of double quotation marks on one line is a quote,
 * and its speaker is the capitalised name of a `"…," X said` or `"…," said X` right after it.
 */
function naiveQuotes(text: string): QuoteRow[] {
  const rows: QuoteRow[] = [];
  for (const m of text.matchAll(/["\u201c]([^"\u201c\u201d\n]+)["\u201d]/g)) {
    const start = m.index + 1;
    const end = start + m[1]!.length;
    let speaker: QuoteRow['speaker'] = null;
    const after = NAIVE_SPEAKER.exec(text.slice(end + 1));
    if (after) {
      const name = after[1] ?? after[2]!;
      const at = end + 1 + after.index + after[0].indexOf(name);
      speaker = { name, mention: { text: name, start: at, end: at + name.length } };
    }
    rows.push({ kind: 'direct', text: m[1]!, start, end, speaker, cue: null, confidence: 0.5, tagged: false });
  }
  return rows;
}

interface Tally {
  gold: number;
  found: number;
  matched: number;
  speakerScored: number;
  speakerCorrect: number;
}

function tally(): Tally {
  return { gold: 0, found: 0, matched: 0, speakerScored: 0, speakerCorrect: 0 };
}

function excerpt(text: string, s: Span): string {
  return JSON.stringify(text.slice(s.start, Math.min(s.end, s.start + 90)));
}

/** Scores one article's direct quotes against one gold set; with `log`, prints every miss. */
function score(into: Tally, name: string, text: string, direct: readonly QuoteRow[], gold: readonly GoldQuote[], log: boolean): void {
  const goldDirect = gold.filter((g) => g.direct);
  const pairs = match(direct, goldDirect);
  into.gold += goldDirect.length;
  into.found += direct.length;
  into.matched += pairs.size;
  for (const [i, g] of pairs) {
    if (g.sources.length === 0) continue;
    into.speakerScored++;
    const s = direct[i]!;
    const mention = s.speaker?.mention ?? undefined;
    const ok = mention !== undefined && g.sources.some((src) => src.some((part) => overlap(mention, part) > 0));
    if (ok) into.speakerCorrect++;
    else if (log) {
      const want = g.sources.map((src) => JSON.stringify(src.map((p) => text.slice(p.start, p.end)).join(' '))).join(' / ');
      console.log(`SPEAKER ${name}: ${excerpt(text, s)} → ${JSON.stringify(mention?.text ?? null)} want ${want}`);
    }
  }
  if (!log) return;
  const matched = new Set(pairs.values());
  direct.forEach((s, i) => {
    if (!pairs.has(i)) console.log(`FP ${name}: ${excerpt(text, s)} (${s.speaker?.mention?.text ?? '-'})`);
  });
  for (const g of goldDirect) if (!matched.has(g)) console.log(`FN ${name}: ${excerpt(text, g)}`);
}

/** Gold direct quotes as a detector reports them: the words inside the marks. */
function asFound(text: string, gold: readonly GoldQuote[]): Span[] {
  return gold
    .filter((g) => g.direct)
    .map((g) => {
      let start = g.start;
      let end = g.end;
      while (start < end && /[\s"\u201c\u201e\u00ab]/.test(text[start]!)) start++;
      while (end > start && /[\s"\u201d\u00bb]/.test(text[end - 1]!)) end--;
      return { start, end };
    });
}

function count(into: Tally, found: readonly Span[], gold: readonly GoldQuote[]): void {
  const goldDirect = gold.filter((g) => g.direct);
  into.gold += goldDirect.length;
  into.found += found.length;
  into.matched += match(found, goldDirect).size;
}

function prf(t: Tally): { precision: number; recall: number; f1: number; speakerShare: number } {
  const precision = t.found === 0 ? 0 : t.matched / t.found;
  const recall = t.gold === 0 ? 0 : t.matched / t.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const speakerShare = t.speakerScored === 0 ? 0 : t.speakerCorrect / t.speakerScored;
  return { precision: round(precision), recall: round(recall), f1: round(f1), speakerShare: round(speakerShare) };
}

function pick(s: ReturnType<typeof prf>): { precision: number; recall: number; f1: number } {
  return { precision: s.precision, recall: s.recall, f1: s.f1 };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function line(label: string, t: Tally): string {
  const s = prf(t);
  return (
    `${label.padEnd(8)} direct quotes P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${s.f1.toFixed(3)}  (gold ${t.gold}, found ${t.found}, matched ${t.matched})` +
    `   speaker correct ${pct(s.speakerShare)} of ${t.speakerScored}`
  );
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const names = readdirSync(path.join(corpus, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .filter((_, i) => !options.fold || i % options.fold.of === options.fold.part)
    .slice(0, options.limit)
    .map((f) => f.slice(0, -4));
  const byDefault = tally();
  const byStrict = tally();
  const defaultByStrict = tally();
  const strictByDefault = tally();
  const indirect = { gold: 0, found: 0, matched: 0 };
  const indirectDefault = { gold: 0, found: 0, matched: 0 };
  let words = 0;
  let ms = 0;
  let slowest = 0;
  for (const name of names) {
    const file = path.join(corpus, 'text', `${name}.txt`);
    const t0 = performance.now();
    const read = await textFileQuotes(file);
    const text = read.text;
    const rows = options.baseline ? naiveQuotes(text) : read.quotes;
    const elapsed = performance.now() - t0;
    ms += elapsed;
    slowest = Math.max(slowest, elapsed);
    words += text.split(/\s+/).filter(Boolean).length;

    const relations = loadRelations(readFileSync(path.join(corpus, 'attributions', `${name}.ann`), 'utf8'));
    const direct = rows.filter((s) => s.kind === 'direct');
    const gold = goldDefault(text, relations);
    const strictGold = goldStrict(text, relations, paragraphRegions(text));
    score(byStrict, name, text, direct, strictGold, options.errors && !options.lenient);
    score(byDefault, name, text, direct, gold, options.errors && options.lenient);
    // How far the two rules agree: each one's gold quotes, as a detector would report them, scored by the other.
    count(defaultByStrict, asFound(text, gold), strictGold);
    count(strictByDefault, asFound(text, strictGold), gold);

    const reported = rows.filter((s) => s.kind === 'indirect');
    const goldReported = strictGold.filter((g) => !g.direct);
    indirect.gold += goldReported.length;
    indirect.found += reported.length;
    indirect.matched += match(reported, goldReported).size;
    const goldReportedDefault = gold.filter((g) => !g.direct);
    indirectDefault.gold += goldReportedDefault.length;
    indirectDefault.found += reported.length;
    indirectDefault.matched += match(reported, goldReportedDefault).size;
  }
  const indirectScores = prf({ ...indirect, speakerScored: 0, speakerCorrect: 0 });
  const result = {
    corpus: 'polnear-train',
    headline: 'strict',
    detector: options.baseline ? 'naive regular expression' : 'quotes --text',
    articles: names.length,
    words,
    default: { ...byDefault, ...prf(byDefault) },
    strict: { ...byStrict, ...prf(byStrict) },
    agreement: { defaultGoldByStrictF1: prf(defaultByStrict).f1, strictGoldByDefaultF1: prf(strictByDefault).f1 },
    indirect: { gold: indirect.gold, found: indirect.found, matched: indirect.matched, precision: indirectScores.precision, recall: indirectScores.recall, f1: indirectScores.f1 },
    indirectDefault: { gold: indirectDefault.gold, found: indirectDefault.found, matched: indirectDefault.matched, ...pick(prf({ ...indirectDefault, speakerScored: 0, speakerCorrect: 0 })) },
    timing: { totalMs: round(ms), meanMsPerArticle: round(ms / Math.max(1, names.length)), slowestMs: round(slowest) },
    goals: { directF1: 0.93, speakerShare: 0.9 },
  };
  console.log(line('strict', byStrict));
  console.log(line('default', byDefault));
  console.log(
    `Quote detection (${result.detector}) on ${result.articles} articles (${words} words); goals F1 ≥ 0.93, speaker ≥ 90% (strict scoring)`,
  );
  console.log(
    `The rules disagree on partial quotes ("said he was “not quite there”"): the default gold quotes score strict F1 ${prf(defaultByStrict).f1.toFixed(3)}, ` +
      `the strict gold quotes score default F1 ${prf(strictByDefault).f1.toFixed(3)}`,
  );
  console.log(
    `Reported speech P ${pct(result.indirect.precision)}  R ${pct(result.indirect.recall)}  F1 ${result.indirect.f1.toFixed(3)}  (gold ${indirect.gold}, found ${indirect.found}, matched ${indirect.matched}); ` +
      `default gold P ${pct(result.indirectDefault.precision)}  R ${pct(result.indirectDefault.recall)}  F1 ${result.indirectDefault.f1.toFixed(3)}`,
  );
  console.log(`Time ${result.timing.totalMs} ms in all (reading included), ${result.timing.meanMsPerArticle} ms per article, slowest ${result.timing.slowestMs} ms`);
  if (options.fold || options.limit !== Infinity) return;
  const out = path.join(repoRoot, 'bench-results', options.baseline ? 'eval-quotes-baseline.json' : 'eval-quotes.json');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
  console.log(`Wrote ${path.relative(repoRoot, out)}`);
}

// `npm run eval:quotes | head -1` (the headline) closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
