import type { Check, CheckProblem } from '../checks/types';
import { describePath, snippet } from '../checks/walk';
import type { Article, Speaker } from '../model/article';
import { overlap, quotesOf } from './found';
import { scanQuoteMarks, type MarkIssue } from './marks';
import { namePattern, speakerNames } from './report';
import { splitSentences } from './sentences';
import { locateOffset, type StoryQuoteText } from './story-text';
import type { TextSpan } from './types';

/** Where offset `at` of the story text is, as a body path and a phrase for messages. */
function place(article: Article, story: StoryQuoteText, at: number): { path: number[] | undefined; where: string } {
  const located = locateOffset(story, at);
  if (!located) return { path: undefined, where: 'the body' };
  return { path: located.path, where: describePath(article.body, located.path) };
}

/** A quote found in the text that is not tagged and names no one who said it. */
export const unattributedQuotesCheck: Check = {
  id: 'unattributed-quotes',
  label: 'Quotes with no speaker',
  run(article) {
    const { story, found } = quotesOf(article);
    const problems: CheckProblem[] = [];
    for (const q of found) {
      if (q.kind !== 'direct' || q.speaker !== null) continue;
      if (story.tagged.some((t) => overlap(t, q) > 0)) continue;
      const { path, where } = place(article, story, q.start);
      problems.push({ check: 'unattributed-quotes', severity: 'warning', message: `Quote with no speaker in ${where}: “${snippet(q.text)}”`, ...(path ? { path } : {}) });
    }
    return problems;
  },
};

/** Words an opening single mark may stand in for ('til, 'em, '90s): an apostrophe, not a quotation. */
const ELISION = /^(?:\p{N}|(?:em|til|cause|n|tis|twas)(?![\p{L}\p{N}]))/iu;

function isQuotationIssue(text: string, issue: MarkIssue): boolean {
  if (issue.mark !== '\u2018' && issue.mark !== "'") return true;
  return !ELISION.test(text.slice(issue.index + 1, issue.index + 8));
}

/** Every quotation mark has its partner. */
export const unbalancedQuotesCheck: Check = {
  id: 'unbalanced-quotes',
  label: 'Unbalanced quotation marks',
  run(article) {
    const { story } = quotesOf(article);
    const { issues } = scanQuoteMarks(story.text, article.metadata.language);
    const problems: CheckProblem[] = [];
    for (const issue of issues.filter((i) => isQuotationIssue(story.text, i)).sort((a, b) => a.index - b.index)) {
      const { path, where } = place(article, story, issue.index);
      const context = snippet(story.text.slice(issue.index, issue.index + 50).split('\n')[0]!, 40);
      const message =
        issue.kind === 'unclosed'
          ? `Quotation mark ${issue.mark} is never closed in ${where}: ${context}`
          : `Closing mark ${issue.mark} has no opening mark in ${where}.`;
      problems.push({ check: 'unbalanced-quotes', severity: 'warning', message, ...(path ? { path } : {}) });
    }
    return problems;
  },
};

const PRONOUNS: Record<string, Speaker['pronoun']> = { he: 'he', she: 'she', they: 'they' };

/** Every place the body names a cast member, in text order. */
function namings(text: string, speakers: readonly Speaker[]): { speaker: Speaker; span: TextSpan }[] {
  const out: { speaker: Speaker; span: TextSpan }[] = [];
  for (const speaker of speakers) {
    const pattern = namePattern(speakerNames(speaker));
    if (!pattern) continue;
    for (const m of text.matchAll(pattern)) out.push({ speaker, span: { text: m[0], start: m.index, end: m.index + m[0].length } });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** A he/she/they that attributes a quote while two people of the cast it could mean are named just before it. */
export const ambiguousPronounCheck: Check = {
  id: 'ambiguous-pronoun',
  label: 'Ambiguous pronouns',
  run(article) {
    const { story, found } = quotesOf(article);
    const cues = found.filter((q) => q.speaker && PRONOUNS[q.speaker.mention.text.toLowerCase()]);
    if (cues.length === 0) return [];
    const sentences = splitSentences(story.text, article.metadata.language);
    const named = namings(story.text, article.speakers);
    const problems: CheckProblem[] = [];
    const seen = new Set<number>();
    for (const q of cues) {
      const mention = q.speaker!.mention;
      if (seen.has(mention.start)) continue;
      seen.add(mention.start);
      const pronoun = PRONOUNS[mention.text.toLowerCase()]!;
      const s = sentences.findIndex((x) => x.start <= mention.start && mention.start < x.end);
      const from = s > 0 ? sentences[s - 1]!.start : s === 0 ? sentences[0]!.start : mention.start;
      const people = new Map<string, Speaker>();
      for (const n of named) {
        if (n.span.start < from || n.span.start >= mention.start) continue;
        if (n.speaker.pronoun === pronoun) people.set(n.speaker.id, n.speaker);
      }
      if (people.size < 2) continue;
      const names = [...people.values()].map((p) => p.fullName.trim() || p.shortName.trim());
      const { path, where } = place(article, story, mention.start);
      problems.push({
        check: 'ambiguous-pronoun',
        severity: 'warning',
        message: `“${mention.text}” in ${where} could mean ${names.slice(0, -1).join(', ')} or ${names.at(-1)}.`,
        ...(path ? { path } : {}),
      });
    }
    return problems;
  },
};

/** Each speaker of the cast is first named in the body by their full name. */
export const speakerFirstMentionCheck: Check = {
  id: 'speaker-first-mention',
  label: 'Speaker first mentions',
  run(article) {
    const { story } = quotesOf(article);
    const problems: CheckProblem[] = [];
    const quoted = new Set(story.tagged.map((t) => t.speakerId));
    for (const speaker of article.speakers) {
      const full = speaker.fullName.trim();
      const pattern = namePattern(speakerNames(speaker));
      if (!pattern || full === '') continue;
      const first = pattern.exec(story.text);
      if (!first) {
        if (quoted.has(speaker.id)) {
          problems.push({ check: 'speaker-first-mention', severity: 'warning', message: `${full} is quoted but never named in the body.` });
        }
        continue;
      }
      if (first[0].replace(/\s+/g, ' ') === full.replace(/\s+/g, ' ')) continue;
      const { path, where } = place(article, story, first.index);
      problems.push({
        check: 'speaker-first-mention',
        severity: 'warning',
        message: `${full} is first called “${first[0]}” in ${where}; give the full name first.`,
        ...(path ? { path } : {}),
      });
    }
    return problems;
  },
};
