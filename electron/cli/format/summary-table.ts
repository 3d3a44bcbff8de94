import { basename } from 'node:path';
import type { ArticleSummary } from '../../../shared/ipc/contract';
import { cell, formatTable } from './terminal';

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** `YYYY-MM-DD HH:MM` in local time, or the text as given when it is not a date. */
export function shortDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** The library as a table for people: one row per file, unreadable files with their reason. */
export function formatSummaryTable(rows: readonly ArticleSummary[]): string {
  const body = rows.map((row) => {
    const file = cell(basename(row.file));
    if ('error' in row) {
      const reason = row.error.startsWith(`${basename(row.file)}: `) ? row.error.slice(basename(row.file).length + 2) : row.error;
      return [file, 'INVALID', '', '', '', cell(reason)];
    }
    return [file, row.status, String(row.wordCount), shortDate(row.updatedAt), cell(row.section, 24), cell(row.headline)];
  });
  return formatTable(['FILE', 'STATUS', 'WORDS', 'UPDATED', 'SECTION', 'HEADLINE'], body, new Set([2]));
}
