import { sha256Base64 } from './sha256';

/** A stylesheet ready to inline, with the CSP hash of exactly the text inlined. */
export interface PageStyle {
  readonly css: string;
  /** Base64 SHA-256 of `css` (UTF-8), for `style-src 'sha256-…'`. */
  readonly hash: string;
}

/** Why a stylesheet cannot be inlined. */
export class StylesheetError extends Error {
  override name = 'StylesheetError';
}

/**
 * The stylesheet text as a browser will see it inside `<style>`: no byte-order mark and
 * `\n` line ends (the HTML parser folds `\r\n`, and the CSP hash must match what it keeps).
 * Refuses text that could end the element early or that the parser would alter.
 */
export function normalizeStylesheet(css: string): string {
  const text = css.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (/<\/style/i.test(text)) throw new StylesheetError('The stylesheet contains "</style", which would end it early.');
  if (/<!--|-->|<script/i.test(text)) throw new StylesheetError('The stylesheet contains HTML comment or script markup.');
  if (text.includes('\0')) throw new StylesheetError('The stylesheet contains a NUL character.');
  if (/[\uD800-\uDFFF]/.test(text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''))) {
    throw new StylesheetError('The stylesheet is not valid Unicode text.');
  }
  return text;
}

/**
 * Prepares a stylesheet for inlining; `hash` computes base64 SHA-256 of a string's UTF-8
 * bytes (Node passes `crypto`'s; the default is a plain implementation for the browser).
 */
export function pageStyle(css: string, hash: (text: string) => string = sha256Base64): PageStyle {
  const text = normalizeStylesheet(css);
  return { css: text, hash: hash(text) };
}
