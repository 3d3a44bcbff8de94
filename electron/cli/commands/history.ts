import { dirname, resolve } from 'node:path';
import { readArticleFile } from '../workspace';
import type { Article } from '../../../shared/model/article';
import { openHistory } from '../../services/history/store';
import { SNAPSHOT_REASONS, type HistoryStore, type SnapshotReason } from '../../services/history/types';
import { defineCommand } from '../command';
import { failureAbout, UsageError } from '../errors';
import { shortDate } from '../format/summary-table';
import { cell, formatTable } from '../format/terminal';
import type { CliContext } from '../io';

/** A story file as the user named it, its workspace's history, and the story. */
export interface StoryWithHistory {
  label: string;
  article: Article;
  history: HistoryStore;
}

/** Reads and validates a story file and opens the history of the workspace it lies in. */
export async function openStoryHistory(ctx: CliContext, file: string): Promise<StoryWithHistory> {
  const path = resolve(ctx.io.cwd, file);
  try {
    const article = await readArticleFile(path);
    return { label: file, article, history: openHistory(dirname(path)) };
  } catch (err) {
    failureAbout(file, err);
  }
}

/** Initials from a name: the first letter of up to three words. */
function initialsOf(name: string): string {
  return name
    .split(/[\s.-]+/)
    .filter(Boolean)
    .slice(0, 3)
    .map((word) => [...word][0]!.toUpperCase())
    .join('');
}

/** `history`: the versions of a story, oldest first. */
export const historyCommand = defineCommand({
  name: 'history',
  summary: 'List the saved versions of a story',
  positionals: [{ name: 'FILE', help: 'A .story.json file in a workspace' }],
  flags: {
    json: { type: 'boolean', help: 'Print a JSON array of versions' },
  },
  details: ["Versions live in the workspace's .copydesk/history folder, keyed by the story's uid."],
  async run({ flags, args }, ctx) {
    const { label, article, history } = await openStoryHistory(ctx, args.FILE);
    const versions = await history.list(article.uid);
    if (flags.json) ctx.io.out(`${JSON.stringify(versions, null, 2)}\n`);
    else if (versions.length === 0) ctx.io.out(`No versions of ${cell(label)} yet\n`);
    else {
      const rows = versions.map((v) => [
        String(v.seq),
        shortDate(v.at),
        cell(v.author.name || v.author.initials || '?', 30),
        v.restoredFrom === undefined ? v.reason : `${v.reason} of ${v.restoredFrom}`,
        String(v.wordCount),
      ]);
      ctx.io.out(`${formatTable(['VERSION', 'WHEN', 'WHO', 'REASON', 'WORDS'], rows, new Set([0, 4]))}\n`);
    }
  },
});

/** `snapshot`: records the story file as it is now as a new version. */
export const snapshotCommand = defineCommand({
  name: 'snapshot',
  summary: 'Save the story as it is now as a new version',
  positionals: [{ name: 'FILE', help: 'A .story.json file in a workspace' }],
  flags: {
    reason: { type: 'string', value: 'REASON', help: `Why: ${SNAPSHOT_REASONS.join(', ')} (default manual)` },
    author: { type: 'string', value: 'NAME', help: 'Who takes it (default: the login name)' },
  },
  details: ['Nothing is saved when the story is the same as its latest version.'],
  async run({ flags, args }, ctx) {
    const reason = (flags.reason ?? 'manual') as SnapshotReason;
    if (!SNAPSHOT_REASONS.includes(reason)) {
      throw new UsageError(`--reason must be one of ${SNAPSHOT_REASONS.join(', ')}`);
    }
    const name = (flags.author ?? ctx.io.env['USER'] ?? ctx.io.env['USERNAME'] ?? '').trim();
    if (name.length > 200) throw new UsageError('--author is longer than 200 characters');
    const { label, article, history } = await openStoryHistory(ctx, args.FILE);
    let result;
    try {
      result = await history.snapshot(article, { reason, author: { name, initials: initialsOf(name).slice(0, 8) } });
    } catch (err) {
      failureAbout(label, err);
    }
    const { entry } = result;
    ctx.io.out(
      result.created
        ? `Saved version ${entry.seq} of ${cell(label)} (${entry.wordCount} words)\n`
        : `No change since version ${entry.seq} of ${cell(label)}\n`,
    );
  },
});
