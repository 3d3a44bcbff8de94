import DOMPurify from 'dompurify';

/** Tags that may survive a paste; everything else is dropped (its text kept, unless it is script-like). */
const ALLOWED_TAGS = [
  'p', 'div', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'a', 'b', 'strong', 'i', 'em', 'cite',
  'u', 's', 'strike', 'del', 'blockquote', 'span', 'font', 'sub', 'sup', 'code', 'pre', 'table', 'thead', 'tbody',
  'tfoot', 'tr', 'td', 'th', 'caption', 'section', 'article', 'header', 'footer', 'main', 'aside', 'figure',
  'figcaption', 'dl', 'dt', 'dd', 'address',
];

/**
 * Attributes read while converting, never kept: our blocks are data, not
 * HTML. `style` carries Google Docs' bold and italic and Word's list marks,
 * `class` Word's list paragraphs, `id` Google Docs' wrapper.
 */
const ALLOWED_ATTR = ['href', 'style', 'class', 'id'];

/** Cleans clipboard HTML by allow-list: no scripts, handlers, frames, styles sheets, forms, media or data attributes. */
export function sanitizePastedHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    // Word's <o:p> holds only spacing; drop it with what is inside.
    ADD_FORBID_CONTENTS: ['o:p'],
    RETURN_TRUSTED_TYPE: false,
  });
}
