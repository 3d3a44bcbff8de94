import { storableText } from './text';

const TEXT_CHARS = /[&<>]/g;
const ATTR_CHARS = /[&<>"\n\t]/g;
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\n': '&#10;',
  '\t': '&#9;',
};
const entity = (ch: string): string => ENTITIES[ch]!;

/** Escapes text for an HTML element; line breaks are kept as characters (see `htmlLines`). */
export function escapeHtml(text: string): string {
  return storableText(text).replace(TEXT_CHARS, entity);
}

/** Escapes text for a double-quoted HTML attribute value; breaks and tabs become references. */
export function escapeAttr(text: string): string {
  return storableText(text).replace(ATTR_CHARS, entity);
}

/** Escapes text for HTML and turns each line break into `<br>`. */
export function htmlLines(text: string): string {
  const clean = storableText(text);
  if (!clean.includes('\n')) return escapeHtml(clean);
  return clean.split('\n').map(escapeHtml).join('<br>');
}

/** Serializes data for a `<script type="application/ld+json">` block: nothing in it can close the element. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data, null, 1)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

// XML 1.0 allows tab, LF, CR and U+0020 upwards, except surrogates, U+FFFE and U+FFFF.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const XML_TEXT = /[&<>]/g;
const XML_ATTR = /[&<>"\t\n\r]/g;
const XML_ENTITIES: Record<string, string> = { ...ENTITIES, '\r': '&#13;' };
const xmlEntity = (ch: string): string => XML_ENTITIES[ch]!;

/** Text XML 1.0 can hold: characters it forbids are dropped, line ends become `\n`. */
export function xmlSafe(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(NOT_XML, '');
}

/** Escapes text for an XML element. */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(XML_TEXT, xmlEntity);
}

/** Escapes text for a double-quoted XML attribute; white space is kept through references. */
export function escapeXmlAttr(text: string): string {
  return xmlSafe(text).replace(XML_ATTR, xmlEntity);
}
