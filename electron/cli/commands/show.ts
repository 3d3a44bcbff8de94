import { resolve } from 'node:path';
import { readArticleFile } from '../workspace';
import { serializeArticle } from '../../../shared/model/serialize';
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
      article = await readArticleFile(resolve(ctx.io.cwd, args.FILE));
    } catch (err) {
      failureAbout(args.FILE, err);
    }
    ctx.io.out(flags.json ? serializeArticle(article) : `${formatArticleText(article)}\n`);
  },
});
