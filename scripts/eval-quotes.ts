/**
 * Scores quote detection on the annotated news sample in ../shared/corpora/polnear-train.
 *
 *   npm run eval:quotes [-- --limit N] [-- --errors]
 *
 * Scoring (the corpus README's rules, made exact):
 * - Each annotated attribution has a Content made of one or more pieces. Pieces separated only by
 *   whitespace are joined (annotators split long quotes at sentence ends). A piece is direct speech
 *   when at least half of its characters lie inside quotation marks, and then each quotation in it
 *   (marks included) is one gold direct quote; other pieces are reported speech.
 *   The same quote annotated under two attributions counts once, with both sources.
 * - A detected direct quote matches a gold direct piece when they overlap by at least half of the
 *   longer one; each gold piece matches at most one detection.
 * - Speaker: a matched quote's suggested mention overlaps the annotated Source span of that attribution.
 *   Gold quotes annotated without a source are left out of the speaker share.
 * Writes bench-results/eval-quotes.json.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectQuotes } from '../shared/quotes';
import type { QuoteSuggestion } from '../shared/quotes';

interface Span {
  start: number;
  end: number;
}

interface GoldPiece extends Span {
  direct: boolean;
  sources: Span[][];
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(repoRoot, '..', 'shared', 'corpora', 'polnear-train');

function parseArgs(argv: string[]): { limit: number; errors: boolean } {
  let limit = Infinity;
  let errors = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--limit') limit = Number(argv[++i]);
    else if (argv[i] === '--errors') errors = true;
  }
  if (!(limit > 0)) throw new Error('--limit needs a positive number');
  return { limit, errors };
}

function parseSpans(field: string): Span[] {
  return field.split(';').map((part) => {
    const [a, b] = part.trim().split(/\s+/).map(Number);
    return { start: a!, end: b! };
  });
}

/** The regions of `piece` (offsets within it) that lie inside quotation marks, marks included. */
function quotedRegions(piece: string): Span[] {
  const regions: Span[] = [];
  let open = -1;
  let low = false;
  for (let i = 0; i < piece.length; i++) {
    const c = piece[i]!;
    const opening = c === '\u201e' || c === '\u00ab' || (c === '\u201c' && !(open >= 0 && low)) || (c === '"' && open < 0);
    const closing = open >= 0 && (c === '\u201d' || c === '\u00bb' || c === '"' || (c === '\u201c' && low));
    if (closing) {
      regions.push({ start: open, end: i + 1 });
      open = -1;
    } else if (opening && open < 0) {
      open = i;
      low = c === '\u201e';
    }
  }
  if (open >= 0) regions.push({ start: open, end: piece.length });
  return regions;
}

function loadGold(text: string, ann: string): GoldPiece[] {
  const spans = new Map<string, { type: string; spans: Span[] }>();
  const lines = ann.split('\n');
  for (const line of lines) {
    const m = /^(T\d+)\t(\S+) ([\d ;]+)\t/.exec(line);
    if (m) spans.set(m[1]!, { type: m[2]!, spans: parseSpans(m[3]!) });
  }
  const pieces = new Map<string, GoldPiece>();
  for (const line of lines) {
    if (!line.startsWith('E')) continue;
    const args = new Map(
      (line.split('\t')[1] ?? '')
        .trim()
        .split(/\s+/)
        .map((p) => p.split(':') as [string, string]),
    );
    const content = spans.get(args.get('Content') ?? '');
    if (!content) continue;
    const source = spans.get(args.get('Source') ?? '')?.spans ?? null;
    const sorted = [...content.spans].sort((a, b) => a.start - b.start);
    const joined: Span[] = [];
    for (const s of sorted) {
      const last = joined[joined.length - 1];
      if (last && /^\s*$/.test(text.slice(last.end, s.start))) last.end = Math.max(last.end, s.end);
      else joined.push({ ...s });
    }
    for (const s of joined) {
      const piece = text.slice(s.start, s.end);
      const regions = quotedRegions(piece);
      const quoted = regions.reduce((n, r) => n + r.end - r.start, 0);
      // A piece mostly in quotation marks is direct speech: each quotation in it is one gold quote.
      const direct = quoted * 2 >= piece.length;
      const units = direct ? regions.map((r) => ({ start: s.start + r.start, end: s.start + r.end })) : [s];
      for (const u of units) {
        const key = `${direct}:${u.start}:${u.end}`;
        const entry = pieces.get(key) ?? { ...u, direct, sources: [] };
        if (source) entry.sources.push(source);
        pieces.set(key, entry);
      }
    }
  }
  return [...pieces.values()];
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function match<T extends Span>(found: readonly Span[], gold: readonly T[]): Map<number, T> {
  const used = new Set<number>();
  const pairs = new Map<number, T>();
  found.forEach((f, i) => {
    let best = -1;
    let bestOverlap = 0;
    gold.forEach((g, j) => {
      if (used.has(j)) return;
      const o = overlap(f, g);
      if (o * 2 >= Math.max(f.end - f.start, g.end - g.start) && o > bestOverlap) {
        best = j;
        bestOverlap = o;
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.set(i, gold[best]!);
    }
  });
  return pairs;
}

function prf(tp: number, found: number, gold: number): { precision: number; recall: number; f1: number } {
  const precision = found === 0 ? 0 : tp / found;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function excerpt(text: string, s: Span): string {
  return JSON.stringify(text.slice(s.start, Math.min(s.end, s.start + 90)));
}

function main(): void {
  const { limit, errors } = parseArgs(process.argv.slice(2));
  const names = readdirSync(path.join(corpus, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, limit)
    .map((f) => f.slice(0, -4));
  const totals = { goldDirect: 0, foundDirect: 0, matchedDirect: 0, speakerScored: 0, speakerCorrect: 0 };
  const indirect = { gold: 0, found: 0, matched: 0 };
  let words = 0;
  let ms = 0;
  let slowest = 0;
  for (const name of names) {
    const text = readFileSync(path.join(corpus, 'text', `${name}.txt`), 'utf8');
    const gold = loadGold(text, readFileSync(path.join(corpus, 'attributions', `${name}.ann`), 'utf8'));
    const t0 = performance.now();
    const suggestions = detectQuotes(text, { language: 'en' });
    const elapsed = performance.now() - t0;
    ms += elapsed;
    slowest = Math.max(slowest, elapsed);
    words += text.split(/\s+/).filter(Boolean).length;

    const direct = suggestions.filter((s) => s.kind === 'direct');
    const goldDirect = gold.filter((g) => g.direct);
    const pairs = match(direct, goldDirect);
    totals.goldDirect += goldDirect.length;
    totals.foundDirect += direct.length;
    totals.matchedDirect += pairs.size;
    for (const [i, g] of pairs) {
      const s: QuoteSuggestion = direct[i]!;
      if (g.sources.length === 0) continue;
      totals.speakerScored++;
      const mention = s.speaker?.mention;
      const ok = mention !== undefined && g.sources.some((src) => src.some((part) => overlap(mention, part) > 0));
      if (ok) totals.speakerCorrect++;
      else if (errors) {
        console.log(`SPEAKER ${name}: ${excerpt(text, s)} → ${JSON.stringify(mention?.text ?? null)} want ${g.sources.map((src) => JSON.stringify(src.map((p) => text.slice(p.start, p.end)).join(' '))).join(' / ')}`);
      }
    }
    if (errors) {
      const matched = new Set(pairs.values());
      direct.forEach((s, i) => {
        if (!pairs.has(i)) console.log(`FP ${name}: ${excerpt(text, s)} (${s.speaker?.mention.text ?? '-'})`);
      });
      for (const g of goldDirect) if (!matched.has(g)) console.log(`FN ${name}: ${excerpt(text, g)}`);
    }
    const reported = suggestions.filter((s) => s.kind === 'indirect');
    const goldReported = gold.filter((g) => !g.direct);
    indirect.gold += goldReported.length;
    indirect.found += reported.length;
    indirect.matched += match(reported, goldReported).size;
  }
  const directScores = prf(totals.matchedDirect, totals.foundDirect, totals.goldDirect);
  const speakerShare = totals.speakerScored === 0 ? 0 : round(totals.speakerCorrect / totals.speakerScored);
  const result = {
    corpus: 'polnear-train',
    articles: names.length,
    words,
    direct: { gold: totals.goldDirect, found: totals.foundDirect, matched: totals.matchedDirect, ...directScores },
    speaker: { scored: totals.speakerScored, correct: totals.speakerCorrect, share: speakerShare },
    indirect: { ...indirect, ...prf(indirect.matched, indirect.found, indirect.gold) },
    timing: { totalMs: round(ms), meanMsPerArticle: round(ms / Math.max(1, names.length)), slowestMs: round(slowest) },
    goals: { directF1: 0.93, speakerShare: 0.9 },
  };
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  console.log(`Quote detection on ${result.articles} articles (${words} words)`);
  console.log(`Direct quotes   P ${pct(directScores.precision)}  R ${pct(directScores.recall)}  F1 ${directScores.f1.toFixed(3)}  (gold ${totals.goldDirect}, found ${totals.foundDirect}, matched ${totals.matchedDirect})   goal F1 ≥ 0.93`);
  console.log(`Speaker mention correct ${pct(speakerShare)} of ${totals.speakerScored} matched quotes with an annotated source   goal ≥ 90%`);
  console.log(`Reported speech P ${pct(result.indirect.precision)}  R ${pct(result.indirect.recall)}  F1 ${result.indirect.f1.toFixed(3)}  (gold ${indirect.gold}, found ${indirect.found})`);
  console.log(`Time ${result.timing.totalMs} ms in all, ${result.timing.meanMsPerArticle} ms per article, slowest ${result.timing.slowestMs} ms`);
  const out = path.join(repoRoot, 'bench-results', 'eval-quotes.json');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
  console.log(`Wrote ${path.relative(repoRoot, out)}`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
