import { dirname, resolve } from 'node:path';
import { readArticleFile } from '../workspace';
import { FileExistsError } from '../../services/export/write';
import { EXPORT_FORMATS, isExportFormat } from '../../services/export/formats';
import { writeRenderedStory } from '../../services/export/export';
import { renderStory } from '../../services/export/render';
import { workspaceStyle } from '../../services/export/theme';
import { defineCommand } from '../command';
import { CliFailure, failureAbout, UsageError } from '../errors';

/** `export`: one story in one format, to standard output or a new file. */
export const exportCommand = defineCommand({
  name: 'export',
  summary: 'Export a story as an HTML page, an HTML fragment, ninjs, NITF or Markdown',
  positionals: [{ name: 'FILE', help: 'A .story.json file' }],
  flags: {
    format: { type: 'string', value: 'FORMAT', required: true, help: `One of ${EXPORT_FORMATS.join(', ')}` },
    out: { type: 'string', value: 'OUT', help: 'Write to this file instead of standard output' },
    force: { type: 'boolean', help: 'Replace OUT (and its images) if it already exists' },
    'inline-images': { type: 'boolean', help: 'Put images in the output as data: URLs (html, fragment, md)' },
  },
  details: [
    'Images are read from the assets folder beside FILE. With --out they are copied to assets/',
    'beside OUT; on standard output they stay relative links unless --inline-images.',
    'The HTML page uses the workspace stylesheet .copydesk/theme/article.css when there is one.',
  ],
  async run({ flags, args }, ctx) {
    const format = flags.format;
    if (!isExportFormat(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    const file = resolve(ctx.io.cwd, args.FILE);
    let article;
    try {
      article = await readArticleFile(file);
    } catch (err) {
      failureAbout(args.FILE, err);
    }
    const root = dirname(file);
    let rendered;
    try {
      const style = format === 'html' ? await workspaceStyle(root) : null;
      rendered = await renderStory(article, { format, root, images: flags['inline-images'] ? 'inline' : 'copy', style });
    } catch (err) {
      failureAbout(args.FILE, err);
    }
    if (flags.out === undefined) {
      ctx.io.out(rendered.text);
      return;
    }
    try {
      await writeRenderedStory(resolve(ctx.io.cwd, flags.out), rendered, flags.force);
    } catch (err) {
      if (err instanceof FileExistsError) throw new CliFailure(`${err.fileName} already exists; use --force to replace it`);
      failureAbout(flags.out, err);
    }
  },
});
