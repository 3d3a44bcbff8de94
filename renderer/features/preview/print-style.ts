/**
 * The stylesheet as a printer would apply it, for showing on screen: in every `@media`
 * prelude `print` becomes `all` and `screen` becomes `print`, so print rules apply and
 * screen-only rules do not. (Emulating print media on the frame itself needs DevTools.)
 */
export function printMediaOnScreen(css: string): string {
  return css.replace(/@media\b([^{;]*)\{/gi, (_rule, prelude: string) => {
    const swapped = prelude.replace(/\b(print|screen)\b/gi, (word) => (word.toLowerCase() === 'print' ? 'all' : 'print'));
    return `@media${swapped}{`;
  });
}

/** Widths the preview can show, in CSS pixels; print is an A4 page at 96 dpi. */
export const PREVIEW_DEVICES = {
  desktop: { label: 'Desktop', width: 1024 },
  tablet: { label: 'Tablet', width: 768 },
  phone: { label: 'Phone', width: 390 },
  print: { label: 'Print', width: 794 },
} as const;
export type PreviewDevice = keyof typeof PREVIEW_DEVICES;
