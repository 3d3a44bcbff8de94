import type { ExportFormatName } from '../../../shared/ipc/contract';

/** How each format is named in menus. */
export const FORMAT_LABELS: Record<ExportFormatName, string> = {
  html: 'Web page (HTML)',
  fragment: 'HTML fragment (for a CMS)',
  ninjs: 'ninjs (JSON)',
  nitf: 'NITF (XML)',
  md: 'Markdown',
};

/** Formats whose images can be put in the file as `data:` URLs; the others always copy them. */
export function canInline(format: ExportFormatName): boolean {
  return format === 'html' || format === 'fragment' || format === 'md';
}

/** True for the formats that mark what they export as published. */
export function publishes(format: ExportFormatName): boolean {
  return format === 'html' || format === 'fragment';
}
