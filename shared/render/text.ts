const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as it can survive an HTML parser: line ends become `\n` (the parser folds `\r`
 * anyway), NUL is dropped (the parser drops or replaces it) and a lone surrogate becomes
 * U+FFFD (what UTF-8 encoding would write), so the string equals the bytes on disk.
 */
export function storableText(text: string): string {
  let out = text;
  if (out.includes('\r')) out = out.replace(/\r\n?/g, '\n');
  if (out.includes('\0')) out = out.replace(/\0/g, '');
  if (/[\uD800-\uDFFF]/.test(out)) out = out.replace(LONE_SURROGATE, '\uFFFD');
  return out;
}

/** True when the text has nothing but white space (or nothing at all). */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}

/** Runs of white space (line breaks included) folded into one space, ends trimmed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
