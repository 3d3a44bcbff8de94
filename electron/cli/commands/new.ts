import { createArticle } from '../../../shared/model/factory';
import { defineCommand } from '../command';
import { UsageError } from '../errors';
import { openWorkspace } from '../workspace';

const MAX_HEADLINE = 1000;
const MAX_SECTION = 200;

/** `new`: creates an empty story and prints its file path. */
export const newCommand = defineCommand({
  name: 'new',
  summary: 'Create an empty story and print its file path',
  positionals: [],
  flags: {
    workspace: { type: 'string', value: 'DIR', required: true, help: 'Workspace folder (created if missing)' },
    headline: { type: 'string', value: 'TEXT', required: true, help: 'Headline of the story' },
    section: { type: 'string', value: 'TEXT', help: 'Section, such as International' },
  },
  async run({ flags }, ctx) {
    const headline = flags.headline.trim();
    const section = flags.section?.trim() ?? '';
    if (headline.length > MAX_HEADLINE) throw new UsageError(`--headline is longer than ${MAX_HEADLINE} characters`);
    if (section.length > MAX_SECTION) throw new UsageError(`--section is longer than ${MAX_SECTION} characters`);
    const article = createArticle({ headline, section });
    const store = await openWorkspace(ctx, flags.workspace, true);
    const { file } = await store.create(article);
    ctx.io.out(`${file}\n`);
  },
});
