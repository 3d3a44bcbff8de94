import { resolve } from 'node:path';
import { MAX_ARTICLE_BYTES, parseArticle, serializeArticle } from '../../../shared/model/serialize';
import { readTextFile } from '../../services/import/read-text-file';
import { defineCommand } from '../command';
import { failureAbout } from '../errors';
import { formatArticleText } from '../format/article-text';

/** `show`: validates a story file and prints it for reading, or as JSON. */
export const showCommand = defineCommand({
  name: 'show',
  summary: 'Check a story file and print it',
  positionals: [{ name: 'FILE', help: 'A .story.json file' }],
  flags: {
    json: { type: 'boolean', help: 'Print the validated story as JSON' },
  },
  async run({ flags, args }, ctx) {
    let article;
    try {
      article = parseArticle(await readTextFile(resolve(ctx.io.cwd, args.FILE), MAX_ARTICLE_BYTES));
    } catch (err) {
      failureAbout(args.FILE, err);
    }
    ctx.io.out(flags.json ? serializeArticle(article) : `${formatArticleText(article)}\n`);
  },
});
