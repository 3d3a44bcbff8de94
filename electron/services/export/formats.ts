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

/** How a story's images go out: copied beside it as files, or inlined as `data:` URLs. */
export type ImageMode = 'copy' | 'inline';

/** True when images are inlined as `data:` URLs: asked for, and the format allows it (ninjs and NITF always reference files). */
export function inlinesImages(format: ExportFormat, images: ImageMode): boolean {
  return images === 'inline' && (format === 'html' || format === 'fragment' || format === 'md');
}
