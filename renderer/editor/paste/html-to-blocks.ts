import { isSafeUrl, type Block, type Inline, type StyledText } from '../../../shared/model/body';
import { sanitizePastedHtml } from './sanitize';

type Link = Extract<Inline, { type: 'link' }>;
/** What a line is built from: text runs and links. */
type Run = StyledText | Link;
type ListBlock = Extract<Block, { type: 'bulleted-list' | 'numbered-list' }>;
type ListItem = ListBlock['children'][number];
type Kind = { type: 'paragraph' } | { type: 'heading'; level: 2 | 3 } | { type: 'block-quote' } | { type: 'list-item' };

interface Context {
  bold: boolean;
  italic: boolean;
  strike: boolean;
  /** The link being read, with the element it came from so that its runs stay together. */
  link: { url: string; from: Element } | null;
}

const MAX_BLOCKS = 100_000;
const MAX_URL = 2048;

const CONTAINERS = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'figure', 'figcaption', 'pre', 'table',
  'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'dl', 'dt', 'dd', 'address',
]);

/** `style="a: b; c: d"` as a map of lower-case names to trimmed lower-case values. */
function styleOf(el: Element): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (el.getAttribute('style') ?? '').split(';')) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    out.set(part.slice(0, colon).trim().toLowerCase(), part.slice(colon + 1).trim().toLowerCase().replace(/\s*!important$/, ''));
  }
  return out;
}

function weightIsBold(value: string): boolean | null {
  if (value === 'bold' || value === 'bolder') return true;
  if (value === 'normal' || value === 'lighter') return false;
  const n = Number.parseInt(value, 10);
  return Number.isNaN(n) ? null : n >= 600;
}

/** The marks inside `el`: from its tag, then from its inline style, which wins (Google Docs marks with style only). */
function marksOf(el: Element, tag: string, style: Map<string, string>, outer: Context): Context {
  let { bold, italic, strike } = outer;
  // Google Docs wraps the whole clipboard in <b id="docs-internal-guid-…" style="font-weight:normal">.
  if ((tag === 'b' || tag === 'strong') && !el.id.startsWith('docs-internal-guid')) bold = true;
  if (tag === 'i' || tag === 'em' || tag === 'cite') italic = true;
  if (tag === 's' || tag === 'strike' || tag === 'del') strike = true;
  const weight = style.get('font-weight');
  const styledBold = weight === undefined ? null : weightIsBold(weight);
  if (styledBold !== null) bold = styledBold;
  const fontStyle = style.get('font-style');
  if (fontStyle === 'italic' || fontStyle === 'oblique') italic = true;
  else if (fontStyle === 'normal') italic = false;
  const decoration = `${style.get('text-decoration') ?? ''} ${style.get('text-decoration-line') ?? ''}`;
  if (decoration.includes('line-through')) strike = true;
  return { ...outer, bold, italic, strike };
}

function leaf(text: string, ctx: Context): StyledText {
  const out: StyledText = { text };
  if (ctx.bold) out.bold = true;
  if (ctx.italic) out.italic = true;
  if (ctx.strike) out.strikethrough = true;
  return out;
}

const sameMarks = (a: StyledText, b: StyledText) => a.bold === b.bold && a.italic === b.italic && a.strikethrough === b.strikethrough;

function pushLeaf(runs: StyledText[], next: StyledText): void {
  const last = runs.at(-1);
  if (last && sameMarks(last, next)) last.text += next.text;
  else runs.push(next);
}

const isText = (node: Inline): node is StyledText => !('type' in node);
const isRunText = (node: Run): node is StyledText => !('type' in node);

/** Slate's shape for a line: text first and last, and text between any two inline elements. */
function canonical(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of inlines) {
    const prev = out.at(-1);
    if (!isText(node) && (prev === undefined || !isText(prev))) out.push({ text: '' });
    out.push(node);
  }
  const last = out.at(-1);
  if (last === undefined || !isText(last)) out.push({ text: '' });
  return out;
}

/** Word marks list paragraphs with `mso-list: l0 level1 lfo1`; the list id tells lists apart. */
function wordList(style: Map<string, string>): string | null {
  const value = style.get('mso-list');
  if (!value || value === 'ignore') return null;
  return /^(l\d+)\b/.exec(value)?.[1] ?? null;
}

/** Word writes the bullet or number itself in a `mso-list: Ignore` span: "1." or "a)" means numbered. */
function wordListType(el: Element): ListBlock['type'] {
  for (const span of el.querySelectorAll('[style]')) {
    if (styleOf(span).get('mso-list') === 'ignore') {
      return /^[\dA-Za-z]{1,5}[.)]/.test((span.textContent ?? '').trim()) ? 'numbered-list' : 'bulleted-list';
    }
  }
  return 'bulleted-list';
}

/** The element each link was read from, so that runs of one <a> stay one link. */
const LINK_SOURCE = new WeakMap<Link, Element>();

/** Walks a sanitized document and builds our blocks: one pass, text kept, structure mapped. */
class BlockBuilder {
  readonly blocks: Block[] = [];
  private runs: Run[] = [];
  private spaceBefore = true;
  private kind: Kind = { type: 'paragraph' };
  private list: { block: ListBlock; wordId: string | null } | null = null;
  private listDepth = 0;

  /** Ends the line being built and stores it as a block of the current kind. */
  private flush(): void {
    const runs = this.runs;
    this.runs = [];
    this.spaceBefore = true;
    // Drop the trailing space of the line.
    const lastNode = runs.at(-1);
    const lastLeaf = lastNode === undefined ? undefined : isRunText(lastNode) ? lastNode : lastNode.children.at(-1);
    if (lastLeaf) lastLeaf.text = lastLeaf.text.replace(/ $/, '');
    const kept = runs.filter((node) => (isRunText(node) ? node.text !== '' : node.children.some((c) => c.text !== '')));
    const hasText = kept.some((node) => /\S/.test(isRunText(node) ? node.text : node.children.map((c) => c.text).join('')));
    if (!hasText || this.blocks.length >= MAX_BLOCKS) return;
    const children = canonical(kept);
    if (this.kind.type === 'list-item' && this.list) {
      this.list.block.children.push({ type: 'list-item', children });
      return;
    }
    this.closeList();
    if (this.kind.type === 'heading') this.blocks.push({ type: 'heading', level: this.kind.level, children });
    else if (this.kind.type === 'block-quote') this.blocks.push({ type: 'block-quote', children });
    else this.blocks.push({ type: 'paragraph', children });
  }

  private openList(type: ListBlock['type'], wordId: string | null): void {
    this.closeList();
    this.list = { block: { type, children: [] as ListItem[] }, wordId };
  }

  private closeList(): void {
    const list = this.list;
    this.list = null;
    if (list && list.block.children.length > 0 && this.blocks.length < MAX_BLOCKS) this.blocks.push(list.block);
  }

  private withKind(kind: Kind, fn: () => void): void {
    const outer = this.kind;
    this.kind = kind;
    fn();
    this.flush();
    this.kind = outer;
  }

  private addText(raw: string, ctx: Context): void {
    let text = raw.replace(/[ \t\n\r\f]+/g, ' ');
    if (this.spaceBefore) text = text.replace(/^ /, '');
    if (text === '') return;
    this.spaceBefore = text.endsWith(' ');
    const run = leaf(text, ctx);
    if (ctx.link) {
      const last = this.runs.at(-1);
      if (last && !isRunText(last) && LINK_SOURCE.get(last) === ctx.link.from) {
        pushLeaf(last.children, run);
      } else {
        const link: Link = { type: 'link', url: ctx.link.url, children: [run] };
        LINK_SOURCE.set(link, ctx.link.from);
        this.runs.push(link);
      }
      return;
    }
    const last = this.runs.at(-1);
    if (last && isRunText(last) && sameMarks(last, run)) last.text += run.text;
    else this.runs.push(run);
  }

  /** A break inside a line that cannot hold one: a space. */
  private space(): void {
    if (!this.spaceBefore) this.addText(' ', { bold: false, italic: false, strike: false, link: null });
  }

  walk(node: Node, ctx: Context): void {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) this.addText(child.nodeValue ?? '', ctx);
      else if (child.nodeType === 1) this.element(child as Element, ctx);
    }
  }

  private element(el: Element, outer: Context): void {
    const tag = el.localName.toLowerCase();
    const style = styleOf(el);
    if (style.get('mso-list') === 'ignore' || style.get('display') === 'none' || style.get('mso-hide') === 'all') return;
    const ctx = marksOf(el, tag, style, outer);
    const inLine = this.kind.type === 'list-item' || this.kind.type === 'heading';

    switch (tag) {
      case 'br':
        if (inLine) this.space();
        else this.flush();
        return;
      case 'hr':
        this.flush();
        this.closeList();
        this.blocks.push({ type: 'divider', children: [{ text: '' }] });
        return;
      case 'a': {
        const href = (el.getAttribute('href') ?? '').trim();
        const link = href.length <= MAX_URL && isSafeUrl(href) ? { url: href, from: el } : null;
        this.walk(el, { ...ctx, link: link ?? ctx.link });
        return;
      }
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        if (inLine) return this.walk(el, ctx);
        this.flush();
        this.withKind({ type: 'heading', level: tag === 'h1' || tag === 'h2' ? 2 : 3 }, () => this.walk(el, ctx));
        return;
      case 'blockquote':
        if (inLine) return this.walk(el, ctx);
        this.flush();
        this.withKind({ type: 'block-quote' }, () => this.walk(el, ctx));
        return;
      case 'ul':
      case 'ol':
        return this.htmlList(el, tag === 'ol' ? 'numbered-list' : 'bulleted-list', ctx);
      case 'li':
        if (this.listDepth === 0) return this.htmlList(el, 'bulleted-list', ctx, true);
        this.flush();
        this.withKind({ type: 'list-item' }, () => this.walk(el, ctx));
        return;
    }

    if (!CONTAINERS.has(tag)) return this.walk(el, ctx);
    const wordId = tag === 'p' || tag === 'div' ? wordList(style) : null;
    if (wordId !== null && this.listDepth === 0) {
      this.flush();
      if (this.list?.wordId !== wordId) this.openList(wordListType(el), wordId);
      this.withKind({ type: 'list-item' }, () => this.walk(el, ctx));
      return;
    }
    if (inLine) {
      this.space();
      this.walk(el, ctx);
      this.space();
      return;
    }
    this.flush();
    if (this.listDepth === 0 && this.kind.type === 'paragraph') this.closeList();
    this.walk(el, ctx);
    this.flush();
  }

  /** A list; a list inside a list adds its items to the outer one (our lists are flat). */
  private htmlList(el: Element, type: ListBlock['type'], ctx: Context, single = false): void {
    this.flush();
    const nested = this.listDepth > 0;
    if (!nested) this.openList(type, null);
    this.listDepth++;
    if (single) this.withKind({ type: 'list-item' }, () => this.walk(el, ctx));
    else this.withKind(this.kind.type === 'list-item' ? this.kind : { type: 'paragraph' }, () => this.walk(el, ctx));
    this.listDepth--;
    if (!nested) this.closeList();
  }

  /** Ends the last line and any open list. */
  finish(): Block[] {
    this.flush();
    this.closeList();
    return this.blocks;
  }
}


/**
 * Clipboard HTML (Word, Google Docs, web pages) as story blocks: sanitized by
 * allow-list first, then read with DOMParser. Headings, lists, links (http,
 * https and mailto only), bold, italic, strikethrough and block quotes are
 * kept; everything else becomes plain paragraphs.
 */
export function htmlToBlocks(html: string): Block[] {
  const clean = sanitizePastedHtml(html);
  const doc = new DOMParser().parseFromString(clean, 'text/html');
  const builder = new BlockBuilder();
  builder.walk(doc.body, { bold: false, italic: false, strike: false, link: null });
  return builder.finish();
}
