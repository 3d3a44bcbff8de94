import { resolve } from 'node:path';
import { importStoryFile } from '../../services/import/import-file';
import { defineCommand } from '../command';
import { failureAbout } from '../errors';
import { openWorkspace } from '../workspace';

/** `import`: turns a .txt or .md file into a story in the workspace and prints its path. */
export const importCommand = defineCommand({
  name: 'import',
  summary: 'Turn a plain-text (.txt) or Markdown (.md) file into a story',
  positionals: [{ name: 'FILE', help: 'The .txt or .md file to import' }],
  flags: {
    workspace: { type: 'string', value: 'DIR', required: true, help: 'Workspace folder (created if missing)' },
  },
  details: [
    'Plain text: an optional short section line, the headline, then paragraphs separated by blank lines.',
    'Markdown: "# " is the headline; headings, lists, quotes, emphasis and http(s)/mailto links are kept.',
  ],
  async run({ flags, args }, ctx) {
    let article;
    try {
      article = await importStoryFile(resolve(ctx.io.cwd, args.FILE));
    } catch (err) {
      failureAbout(args.FILE, err);
    }
    const store = await openWorkspace(ctx, flags.workspace, true);
    const { file } = await store.create(article);
    ctx.io.out(`${file}\n`);
  },
});
