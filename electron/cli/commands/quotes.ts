import { resolve } from 'node:path';
import { MAX_ARTICLE_BYTES } from '../../../shared/model/serialize';
import { readArticleFile } from '../workspace';
import { storyQuoteRows, textQuoteRows, type QuoteRow } from '../../../shared/quotes/report';
import { readTextFile } from '../../services/import/read-text-file';
import { defineCommand } from '../command';
import { failureAbout } from '../errors';
import { cell, formatTable } from '../format/terminal';

/** The quotes `quotes --text FILE` finds in a plain-text file, with offsets into its text as read. */
export async function textFileQuotes(path: string): Promise<{ text: string; quotes: QuoteRow[] }> {
  const text = await readTextFile(path, MAX_ARTICLE_BYTES);
  return { text, quotes: textQuoteRows(text) };
}

/** The tagged and suggested quotes of a .story.json file. */
export async function storyFileQuotes(path: string): Promise<QuoteRow[]> {
  return storyQuoteRows(await readArticleFile(path));
}

/** The listing for people: one line per quote. */
export function formatQuotes(rows: readonly QuoteRow[]): string {
  if (rows.length === 0) return 'No quotes found.\n';
  const body = rows.map((q) => [
    q.kind,
    cell(q.speaker?.name ?? '?', 30),
    q.tagged ? 'tagged' : q.confidence.toFixed(2),
    cell(q.text, 70),
  ]);
  return `${formatTable(['KIND', 'SPEAKER', 'CONFIDENCE', 'QUOTE'], body)}\n`;
}

/** `quotes`: lists a story's quotes, tagged and suggested, or the quotes found in a plain text. */
export const quotesCommand = defineCommand({
  name: 'quotes',
  summary: 'List the quotes of a story, tagged and suggested',
  positionals: [{ name: 'FILE', help: 'A .story.json file, or a plain-text file with --text' }],
  flags: {
    text: { type: 'boolean', help: 'Read FILE as plain text (offsets index its text as read)' },
    json: { type: 'boolean', help: 'Print an array of { kind, text, start, end, speaker, cue, confidence, tagged }' },
  },
  details: [
    'Usage as "quotes FILE" for a story or "quotes --text TEXTFILE" for plain text.',
    'A story is read as its body blocks joined by blank lines; offsets index that text.',
    'SPEAKER "?" means no one could be found who said it.',
  ],
  async run({ flags, args }, ctx) {
    const path = resolve(ctx.io.cwd, args.FILE);
    let rows: QuoteRow[];
    try {
      rows = flags.text ? (await textFileQuotes(path)).quotes : await storyFileQuotes(path);
    } catch (err) {
      failureAbout(args.FILE, err);
    }
    ctx.io.out(flags.json ? `${JSON.stringify(rows, null, 2)}\n` : formatQuotes(rows));
  },
});
