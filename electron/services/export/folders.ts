import { join } from 'node:path';

/** Where exports go when there is no folder dialog: `exports/` inside the workspace. */
export const EXPORTS_DIR = 'exports';

const pad = (n: number) => String(n).padStart(2, '0');

/** A folder name from local date and time: `2025-02-03-040506`. */
export function exportStamp(now = new Date()): string {
  return (
    `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-` +
    `${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`
  );
}

/** `<workspace>/exports/<date-time>`: a new export folder for the web transport. */
export function workspaceExportFolder(root: string, now = new Date()): string {
  return join(root, EXPORTS_DIR, exportStamp(now));
}
