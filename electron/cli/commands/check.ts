import { resolve } from 'node:path';
import { ArticleFormatError, MAX_ARTICLE_BYTES, parseArticle } from '../../../shared/model/serialize';
import { hasBlocking, runChecks } from '../../../shared/checks/list';
import type { CheckProblem } from '../../../shared/checks/types';
import { readTextFile } from '../../services/import/read-text-file';
import { defineCommand } from '../command';
import { CliFailure, failureAbout, oneLine, UsageError } from '../errors';
import { cell, formatTable } from '../format/terminal';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `check`: runs the pre-publish checks; exit 1 when any problem blocks approval. */
export const checkCommand = defineCommand({
  name: 'check',
  summary: 'Run the pre-publish checks on a story',
  positionals: [{ name: 'FILE', help: 'A .story.json file' }],
  flags: {
    json: { type: 'boolean', help: 'Print { file, blocking, warnings, problems } as JSON' },
    'headline-limit': { type: 'string', value: 'N', help: 'Longest headline in characters (default 70)' },
  },
  details: [
    'Checks: required fields, headline length, placeholders (TK, XXX, lorem ipsum), untagged quotes,',
    'changed quotes, unresolved comments, pending suggestions, image alt text, links, word count.',
    'Exit status 1 when any problem is blocking, 0 when there are only warnings or none.',
  ],
  async run({ flags, args }, ctx) {
    const limitText = flags['headline-limit'];
    const headlineLimit = limitText === undefined ? undefined : Number(limitText);
    if (headlineLimit !== undefined && !(Number.isInteger(headlineLimit) && headlineLimit > 0)) {
      throw new UsageError('--headline-limit must be a whole number above 0');
    }
    let text: string;
    try {
      text = await readTextFile(resolve(ctx.io.cwd, args.FILE), MAX_ARTICLE_BYTES);
    } catch (err) {
      failureAbout(args.FILE, err);
    }
    let problems: CheckProblem[];
    try {
      problems = runChecks(parseArticle(text), headlineLimit === undefined ? {} : { headlineLimit });
    } catch (err) {
      if (!(err instanceof ArticleFormatError)) throw err;
      problems = [{ check: 'valid-file', severity: 'blocking', message: `The file is not a valid story: ${err.message}` }];
    }
    const blocking = problems.filter((p) => p.severity === 'blocking').length;
    const warnings = problems.length - blocking;

    if (flags.json) ctx.io.out(`${JSON.stringify({ file: args.FILE, blocking, warnings, problems }, null, 2)}\n`);
    else if (problems.length === 0) ctx.io.out('All checks passed.\n');
    else {
      const rows = problems.map((p) => [p.severity === 'blocking' ? 'BLOCKING' : 'warning', p.check, cell(oneLine(p.message))]);
      ctx.io.out(`${formatTable(['SEVERITY', 'CHECK', 'PROBLEM'], rows)}\n\n${plural(blocking, 'blocking problem')}, ${plural(warnings, 'warning')}.\n`);
    }
    if (hasBlocking(problems)) throw new CliFailure(`${args.FILE}: ${plural(blocking, 'blocking problem')}`);
  },
});
