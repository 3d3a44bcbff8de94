import type { Article } from '../../../shared/model/article';
import { articleDiff, type ArticleDiff } from '../../../shared/review/article-diff';
import type { DiffSegment } from '../../../shared/review/word-diff';
import type { VersionEntry } from '../../services/history/types';
import { defineCommand } from '../command';
import { CliFailure, failureAbout, UsageError } from '../errors';
import { shortDate } from '../format/summary-table';
import { cell, printable } from '../format/terminal';
import { openStoryHistory, type StoryWithHistory } from './history';

/** How insertions and deletions are shown. */
type DiffStyle = 'markers' | 'color';

const STYLES: Record<DiffStyle, Record<'insert' | 'delete', [string, string]>> = {
  markers: { delete: ['[-', '-]'], insert: ['{+', '+}'] },
  color: { delete: ['\u001b[31;9m', '\u001b[0m'], insert: ['\u001b[32;4m', '\u001b[0m'] },
};

/** One version as the diff command names it: a sequence number, or the file as it is now. */
type Side = { kind: 'current' } | { kind: 'version'; seq: number };

function parseSide(flag: string, value: string): Side {
  const text = value.trim().toLowerCase();
  if (text === 'current') return { kind: 'current' };
  if (/^\d{1,9}$/.test(text) && Number(text) >= 1) return { kind: 'version', seq: Number(text) };
  throw new UsageError(`--${flag} must be a version number or "current"`);
}

async function load(story: StoryWithHistory, side: Side, versions: readonly VersionEntry[]): Promise<{ title: string; article: Article }> {
  if (side.kind === 'current') return { title: 'current file', article: story.article };
  const entry = versions.find((v) => v.seq === side.seq);
  if (!entry) {
    const known = versions.length === 0 ? 'it has none' : `it has ${versions.map((v) => v.seq).join(', ')}`;
    throw new CliFailure(`${story.label}: no version ${side.seq} (${known})`);
  }
  let article;
  try {
    article = await story.history.read(story.article.uid, entry.id);
  } catch (err) {
    failureAbout(story.label, err);
  }
  const who = entry.author.name || entry.author.initials;
  return { title: `version ${entry.seq} (${shortDate(entry.at)}${who ? `, ${cell(who, 30)}` : ''}, ${entry.reason})`, article };
}

function render(segments: readonly DiffSegment[], style: DiffStyle): string {
  return segments
    .map((s) => {
      const text = printable(s.text);
      if (s.kind === 'equal') return text;
      const [open, close] = STYLES[style][s.kind];
      return `${open}${text}${close}`;
    })
    .join('');
}

const BLOCK_NAMES: Record<string, string> = {
  'bulleted-list': 'list',
  'numbered-list': 'list',
  'block-quote': 'block quote',
  'pull-quote': 'pull quote',
  'related-links': 'related links',
};

/** A word diff for reading in a terminal: only what changed, block by block. */
export function formatArticleDiff(diff: ArticleDiff, style: DiffStyle): string[] {
  const lines: string[] = [];
  if (diff.headline.some((s) => s.kind !== 'equal')) lines.push(`Headline: ${render(diff.headline, style)}`);
  if (diff.standfirst.some((s) => s.kind !== 'equal')) lines.push(`Standfirst: ${render(diff.standfirst, style)}`);
  for (const block of diff.body) {
    if (block.kind === 'equal') continue;
    const index = (block.to ?? block.from ?? 0) + 1;
    const name = BLOCK_NAMES[block.type] ?? block.type;
    const what = block.kind === 'insert' ? ', new' : block.kind === 'delete' ? ', removed' : '';
    lines.push(`Block ${index} (${name}${what}): ${render(block.segments, style)}`);
  }
  for (const field of diff.fields) lines.push(`${field.field}: ${cell(field.from) || '(empty)'} -> ${cell(field.to) || '(empty)'}`);
  return lines;
}

/** `diff`: a word diff between two versions of a story, or a version and the file now. */
export const diffCommand = defineCommand({
  name: 'diff',
  summary: 'Show the words changed between two versions of a story',
  positionals: [{ name: 'FILE', help: 'A .story.json file in a workspace' }],
  flags: {
    from: { type: 'string', value: 'VERSION', required: true, help: 'Older side: a version number or "current"' },
    to: { type: 'string', value: 'VERSION', help: 'Newer side: a version number or "current" (default current)' },
  },
  details: [
    'Version numbers are those `copydesk history FILE` lists; "current" is the file as it is now.',
    'Deleted words show as [-like this-] and inserted words as {+like this+} (in colour on a terminal).',
  ],
  async run({ flags, args }, ctx) {
    const from = parseSide('from', flags.from);
    const to = parseSide('to', flags.to ?? 'current');
    const story = await openStoryHistory(ctx, args.FILE);
    const versions = await story.history.list(story.article.uid);
    const older = await load(story, from, versions);
    const newer = await load(story, to, versions);
    const diff = articleDiff(older.article, newer.article);
    const style: DiffStyle = ctx.io.isTTY && ctx.io.env['NO_COLOR'] === undefined ? 'color' : 'markers';
    const lines = [`--- ${older.title}`, `+++ ${newer.title}`];
    if (!diff.changed) lines.push('No differences.');
    else {
      lines.push(...formatArticleDiff(diff, style));
      lines.push(`${diff.stats.inserted} words added, ${diff.stats.deleted} removed.`);
    }
    ctx.io.out(`${lines.join('\n')}\n`);
  },
});
