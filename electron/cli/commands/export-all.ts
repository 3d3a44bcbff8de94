import { relative, resolve } from 'node:path';
import { STATUSES, type Status } from '../../../shared/model/article';
import { ServiceError } from '../../services/errors';
import { exportStories, workspaceStoryIds } from '../../services/export/export';
import { EXPORT_FORMATS, isExportFormat } from '../../services/export/formats';
import { defineCommand } from '../command';
import { CliFailure, failureAbout, oneLine, UsageError } from '../errors';
import { openWorkspace } from '../workspace';

function isStatus(value: string): value is Status {
  return (STATUSES as readonly string[]).includes(value);
}

/** `export-all`: every story of a workspace (or those with one status) to a folder. */
export const exportAllCommand = defineCommand({
  name: 'export-all',
  summary: 'Export the stories of a workspace to a folder, one file each',
  positionals: [],
  flags: {
    workspace: { type: 'string', value: 'DIR', required: true, help: 'Workspace folder (must exist)' },
    out: { type: 'string', value: 'DIR', required: true, help: 'Export folder (created if missing)' },
    status: { type: 'string', value: 'STATUS', help: `Only stories with this status: ${STATUSES.join(', ')}` },
    format: { type: 'string', value: 'FORMAT', help: `One of ${EXPORT_FORMATS.join(', ')} (default html)` },
    force: { type: 'boolean', help: 'Replace files already in the export folder' },
    'inline-images': { type: 'boolean', help: 'Put images in the files as data: URLs (html, fragment, md)' },
  },
  details: [
    'Files are named from the story slugs; images are copied to assets/ in the export folder.',
    'Nothing is replaced without --force: if a name is taken, nothing is written.',
    'Progress goes to standard error, the summary to standard output. Ctrl+C stops after the current story.',
  ],
  async run({ flags }, ctx) {
    const format = flags.format ?? 'html';
    if (!isExportFormat(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    const status = flags.status;
    if (status !== undefined && !isStatus(status)) throw new UsageError(`--status must be one of ${STATUSES.join(', ')}`);
    const store = await openWorkspace(ctx, flags.workspace, false);
    const ids = await workspaceStoryIds(store);
    const folder = resolve(ctx.io.cwd, flags.out);
    const controller = new AbortController();
    const onInterrupt = () => {
      if (controller.signal.aborted) process.exit(130);
      ctx.io.err('Stopping after the current story (Ctrl+C again to quit now)…\n');
      controller.abort();
    };
    process.on('SIGINT', onInterrupt);
    let report;
    try {
      report = await exportStories(store, ids, folder, {
        format,
        status,
        images: flags['inline-images'] ? 'inline' : 'copy',
        overwrite: flags.force,
        signal: controller.signal,
        onProgress: (p) => {
          const what = p.file === null ? `${p.id}: ${oneLine(p.error ?? 'failed')}` : relative(folder, p.file);
          ctx.io.err(`[${p.done}/${p.total}] ${p.file === null ? 'failed ' : ''}${what}\n`);
        },
      });
    } catch (err) {
      if (err instanceof ServiceError && err.code === 'exists') {
        throw new CliFailure(`${err.message} Nothing was written; use --force to replace.`);
      }
      // Service errors name their file (the workspace stylesheet, say); others are about the export folder.
      if (err instanceof ServiceError) throw new CliFailure(err.message);
      failureAbout(flags.out, err);
    } finally {
      process.off('SIGINT', onInterrupt);
    }
    if (report.total === 0 && !report.cancelled) {
      ctx.io.out(status === undefined ? 'No stories to export.\n' : `No stories with status ${status}.\n`);
      return;
    }
    const lines = [`Exported ${report.written.length} of ${report.total} stories to ${report.folder}`];
    for (const failure of report.failed) lines.push(`Failed: ${failure.id}: ${oneLine(failure.message)}`);
    if (report.cancelled) lines.push('Cancelled: the remaining stories were not exported.');
    ctx.io.out(`${lines.join('\n')}\n`);
    if (report.cancelled) throw new CliFailure('export cancelled');
    if (report.failed.length > 0) throw new CliFailure(`${report.failed.length} of ${report.total} stories could not be exported`);
  },
});
