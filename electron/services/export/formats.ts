/** The formats a story exports to. */
export const EXPORT_FORMATS = ['html', 'fragment', 'ninjs', 'nitf', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** File name endings per format. */
export const FORMAT_EXTENSION: Record<ExportFormat, string> = {
  html: '.html',
  fragment: '.fragment.html',
  ninjs: '.ninjs.json',
  nitf: '.nitf.xml',
  md: '.md',
};

/** True when `value` names an export format. */
export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** True for formats whose images may be inlined as `data:` URLs (the others always reference files). */
export function canInlineImages(format: ExportFormat): boolean {
  return format === 'html' || format === 'fragment' || format === 'md';
}
