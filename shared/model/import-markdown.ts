import type { Block, Inline, RelatedLink } from './body';
import {
  cleanText,
  collapseSpaces,
  detectScript,
  isRelatedMarker,
  MAX_RELATED_ITEMS,
  relatedLinksBlock,
  type ImportedStory,
} from './import-story';
import { blockText } from './text';
import { normalizeLabel, parseInlineMarkdown } from './import-markdown-inline';
import { inlineText } from './text';

/** A block as the line scanner sees it, before its inline text is parsed. */
type RawBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'plain'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'divider' };

type Open =
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'quote'; lines: string[] }
  | { kind: 'list'; ordered: boolean; items: string[][]; afterBlank: boolean }
  | { kind: 'fence'; fence: string; lines: string[] };

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const DIVIDER = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
const SETEXT_1 = /^ {0,3}=+[ \t]*$/;
const SETEXT_2 = /^ {0,3}-+[ \t]*$/;
const QUOTE = /^ {0,3}>[ \t]?(.*)$/;
const ITEM = /^([ \t]*)(?:([-*+])|(\d{1,9})[.)])[ \t]+(\S.*)$/;
const REFERENCE = /^ {0,3}\[([^\]]+)\]:[ \t]*<?([^\s>]+)>?(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$/;
const FRONT_MATTER_LINE = /^([A-Za-z_][\w-]*)[ \t]*:(.*)$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

interface FrontMatter {
  headline?: string;
  section?: string;
  language?: string;
}

function unquote(value: string): string {
  const v = value.trim();
  return /^(["']).*\1$/.test(v) ? v.slice(1, -1) : v;
}

/** Reads a leading `---` block of `key: value` lines; returns the fields and where the body starts. */
function readFrontMatter(lines: string[]): { fields: FrontMatter; start: number } {
  if (lines[0]?.trim() !== '---') return { fields: {}, start: 0 };
  const fields: FrontMatter = {};
  let keys = 0;
  for (let k = 1; k < Math.min(lines.length, 200); k++) {
    const line = lines[k]!;
    if (line.trim() === '---' || line.trim() === '...') {
      return keys > 0 ? { fields, start: k + 1 } : { fields: {}, start: 0 };
    }
    const match = FRONT_MATTER_LINE.exec(line);
    if (match) {
      keys++;
      const key = match[1]!.toLowerCase();
      const value = collapseSpaces(unquote(match[2]!));
      if ((key === 'title' || key === 'headline') && value) fields.headline = value.slice(0, 1000);
      else if ((key === 'section' || key === 'category') && value) fields.section = value.slice(0, 200);
      else if ((key === 'lang' || key === 'language') && LANGUAGE_TAG.test(value)) fields.language = value;
    } else if (!/^([ \t]|#|$)/.test(line)) {
      break;
    }
  }
  return { fields: {}, start: 0 };
}

/** Collects `[label]: url` definitions (outside fences); returns them and the lines they occupy. */
function readReferences(lines: string[], start: number): { refs: Map<string, string>; skip: Set<number> } {
  const refs = new Map<string, string>();
  const skip = new Set<number>();
  let fence: string | null = null;
  let paragraph = false;
  for (let k = start; k < lines.length; k++) {
    const line = lines[k]!;
    const fenceMatch = FENCE.exec(line);
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) fence = null;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      continue;
    }
    const ref = paragraph ? null : REFERENCE.exec(line);
    if (ref) {
      const label = normalizeLabel(ref[1]!);
      if (!refs.has(label)) refs.set(label, ref[2]!);
      skip.add(k);
      continue;
    }
    paragraph = line.trim() !== '' && !ATX.test(line) && !DIVIDER.test(line);
  }
  return { refs, skip };
}

function joinLines(lines: string[]): string {
  return lines
    .map((line) => line.trim().replace(/\\$/, ''))
    .join(' ')
    .trim();
}

function startsBlock(line: string): boolean {
  return FENCE.test(line) || DIVIDER.test(line) || ATX.test(line) || QUOTE.test(line) || ITEM.test(line);
}

/** Splits Markdown lines into raw blocks (CommonMark-like, without nesting). */
function scanBlocks(lines: string[], start: number, skip: Set<number>): RawBlock[] {
  const blocks: RawBlock[] = [];
  let open: Open | null = null;

  const close = () => {
    if (!open) return;
    if (open.kind === 'paragraph') blocks.push({ kind: 'paragraph', text: joinLines(open.lines) });
    else if (open.kind === 'quote') {
      if (open.lines.length) blocks.push({ kind: 'quote', text: joinLines(open.lines) });
    } else if (open.kind === 'list') blocks.push({ kind: 'list', ordered: open.ordered, items: open.items.map(joinLines) });
    else for (const line of open.lines) if (line.trim()) blocks.push({ kind: 'plain', text: line.trim() });
    open = null;
  };

  for (let k = start; k < lines.length; k++) {
    if (skip.has(k)) continue;
    const line = lines[k]!.replace(/^\t+/, (tabs) => '    '.repeat(tabs.length));
    const current = open;

    if (current?.kind === 'fence') {
      const fence = FENCE.exec(line);
      if (fence && fence[1]![0] === current.fence[0] && fence[1]!.length >= current.fence.length && !line.slice(fence[0].length).trim()) {
        close();
      } else {
        current.lines.push(line);
      }
      continue;
    }

    if (line.trim() === '') {
      if (current?.kind === 'list') current.afterBlank = true;
      else close();
      continue;
    }

    const item = DIVIDER.test(line) ? null : ITEM.exec(line);
    if (current?.kind === 'list') {
      const indent = item ? item[1]!.length : 0;
      if (item && (indent > 3 || Boolean(item[3]) === current.ordered)) {
        current.items.push([item[4]!]);
        current.afterBlank = false;
        continue;
      }
      if (!item && /^ {2,}/.test(line)) {
        current.items[current.items.length - 1]!.push(line);
        current.afterBlank = false;
        continue;
      }
      if (!item && !current.afterBlank && !startsBlock(line)) {
        current.items[current.items.length - 1]!.push(line);
        continue;
      }
      close();
    }

    if (current?.kind === 'quote') {
      const quote = QUOTE.exec(line);
      if (quote) {
        if (quote[1]!.trim() === '') {
          close();
          open = { kind: 'quote', lines: [] };
        } else {
          current.lines.push(quote[1]!);
        }
        continue;
      }
      if (!startsBlock(line) && current.lines.length > 0) {
        current.lines.push(line);
        continue;
      }
      close();
    }

    if (current?.kind === 'paragraph') {
      if (SETEXT_1.test(line) || SETEXT_2.test(line)) {
        blocks.push({ kind: 'heading', level: SETEXT_1.test(line) ? 1 : 2, text: joinLines(current.lines) });
        open = null;
        continue;
      }
    }

    const fence = FENCE.exec(line);
    if (fence) {
      close();
      open = { kind: 'fence', fence: fence[1]!, lines: [] };
      continue;
    }
    if (DIVIDER.test(line)) {
      close();
      blocks.push({ kind: 'divider' });
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      close();
      const text = (atx[2] ?? '').replace(/(^|[ \t]+)#+[ \t]*$/, '').trim();
      blocks.push({ kind: 'heading', level: atx[1]!.length, text });
      continue;
    }
    const quote = QUOTE.exec(line);
    if (quote) {
      close();
      open = { kind: 'quote', lines: quote[1]!.trim() ? [quote[1]!] : [] };
      continue;
    }
    // An ordered list interrupts a paragraph only when it starts at 1 (so "2024. A year" stays text).
    const paragraphOpen = (open)?.kind === 'paragraph';
    if (item && item[1]!.length <= 3 && !(paragraphOpen && item[3] !== undefined && item[3] !== '1')) {
      close();
      open = { kind: 'list', ordered: item[3] !== undefined, items: [[item[4]!]], afterBlank: false };
      continue;
    }
    const still = open;
    if (still?.kind === 'paragraph') still.lines.push(line);
    else {
      close();
      open = { kind: 'paragraph', lines: [line] };
    }
  }
  close();
  return blocks;
}

function isSingleLinkItem(children: Inline[]): boolean {
  const parts = children.filter((c) => 'type' in c || c.text.trim() !== '');
  return parts.length === 1 && 'type' in parts[0]! && parts[0].type === 'link';
}

/** Turns a trailing "Read also" paragraph or heading (and a list of links after it) into a related-links block. */
function foldRelatedLinks(body: Block[]): Block[] {
  const last = body[body.length - 1];
  const markerText = (block: Block | undefined): string | null =>
    block && (block.type === 'paragraph' || block.type === 'heading')
      ? collapseSpaces(inlineText(block.children))
      : null;

  if (last && (last.type === 'bulleted-list' || last.type === 'numbered-list')) {
    const title = markerText(body[body.length - 2]);
    const links = last.children.map((item) => item.children);
    if (title && isRelatedMarker(title) && links.length <= MAX_RELATED_ITEMS && links.every(isSingleLinkItem)) {
      const items: RelatedLink[] = links.map((children) => {
        const link = children.find((c) => 'type' in c && c.type === 'link') as Extract<Inline, { type: 'link' }>;
        return { title: collapseSpaces(inlineText(link.children)).slice(0, 500) || link.url, url: link.url };
      });
      return [...body.slice(0, -2), relatedLinksBlock(title, items)];
    }
  }
  const title = markerText(last);
  if (title && isRelatedMarker(title)) return [...body.slice(0, -1), relatedLinksBlock(title, [])];
  return body;
}

/**
 * Reads a Markdown story: `# ` is the headline, `##`/`###` headings, paragraphs, lists,
 * block quotes, `---` dividers, bold/italic/strike and safe links. Optional front matter
 * may name the title, section and language.
 */
export function parseMarkdownStory(text: string): ImportedStory {
  const lines = cleanText(text).split('\n');
  const { fields, start } = readFrontMatter(lines);
  const { refs, skip } = readReferences(lines, start);
  const inline = (src: string) => parseInlineMarkdown(src, refs);

  let headline = fields.headline ?? '';
  const body: Block[] = [];
  for (const raw of scanBlocks(lines, start, skip)) {
    switch (raw.kind) {
      case 'heading': {
        const children = inline(raw.text);
        const plain = collapseSpaces(inlineText(children));
        if (raw.level === 1 && (headline === '' || plain === headline)) {
          headline = plain.slice(0, 1000);
          break;
        }
        if (plain === '') break;
        body.push({ type: 'heading', level: raw.level <= 2 ? 2 : 3, children });
        break;
      }
      case 'paragraph':
        body.push({ type: 'paragraph', children: inline(raw.text) });
        break;
      case 'plain':
        body.push({ type: 'paragraph', children: [{ text: raw.text }] });
        break;
      case 'quote':
        body.push({ type: 'block-quote', children: inline(raw.text) });
        break;
      case 'list':
        body.push({
          type: raw.ordered ? 'numbered-list' : 'bulleted-list',
          children: raw.items.map((item) => ({ type: 'list-item', children: inline(item) })),
        });
        break;
      case 'divider':
        body.push({ type: 'divider', children: [{ text: '' }] });
        break;
    }
  }

  const blocks = foldRelatedLinks(body);
  const script = detectScript([headline, ...blocks.map(blockText)].join('\n'));
  const language = fields.language ?? script.language;
  const direction = fields.language ? (/^(ar|he|fa|ur|yi|ps|ckb|dv)(-|$)/i.test(language) ? 'rtl' : 'ltr') : script.direction;
  return { headline, section: fields.section ?? '', language, direction, body: blocks };
}
