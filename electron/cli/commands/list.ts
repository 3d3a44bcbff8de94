import { join } from 'node:path';
import { defineCommand } from '../command';
import { formatSummaryTable } from '../format/summary-table';
import { openWorkspace } from '../workspace';

/** `list`: the stories of a workspace, as a table or as JSON. */
export const listCommand = defineCommand({
  name: 'list',
  summary: 'List the stories of a workspace',
  positionals: [],
  flags: {
    workspace: { type: 'string', value: 'DIR', required: true, help: 'Workspace folder (must exist)' },
    json: { type: 'boolean', help: 'Print a JSON array; unreadable files carry an "error" field' },
  },
  details: ['Newest first. Files that cannot be read are listed with the reason.'],
  async run({ flags }, ctx) {
    const store = await openWorkspace(ctx, flags.workspace, false);
    // On the command line a full path is what the next command (`show FILE`) needs.
    const rows = (await store.list()).map((row) => ({ ...row, file: join(store.root, row.file) }));
    if (flags.json) ctx.io.out(`${JSON.stringify(rows, null, 2)}\n`);
    else if (rows.length === 0) ctx.io.out(`No stories in ${store.root}\n`);
    else ctx.io.out(`${formatSummaryTable(rows)}\n`);
  },
});
