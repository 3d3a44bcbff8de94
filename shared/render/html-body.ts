import type { Speaker } from '../model/article';
import { inlineText } from '../model/text';
import type { Block, Inline, RelatedLink, StyledText } from '../model/body';
import { escapeAttr, escapeHtml, htmlLines } from './escape';
import { comma } from './lang';
import type { RenderOptions } from './options';
import { HeadingLevels, isEmptyBlock, speakerAnchor, speakerName, speakerTitle } from './story';
import { isBlank, oneLine, storableText } from './text';
import { assetHref, isExportableImageSrc, isExportableUrl } from './url';
import { sourceBlockIndex } from '../review/suggestions';

/** What body rendering needs besides the blocks. */
export interface BodyContext {
  speakers: ReadonlyMap<string, Speaker>;
  imageSrc: (src: string) => string;
  /** The language's comma, between a speaker's name and title. */
  comma: string;
}

/** The body context of a story written in `language`. */
export function bodyContext(speakers: ReadonlyMap<string, Speaker>, language: string, options: RenderOptions = {}): BodyContext {
  return { speakers, imageSrc: options.imageSrc ?? assetHref, comma: comma(language) };
}

function leaf(node: StyledText): string {
  let html = htmlLines(node.text);
  if (html === '') return '';
  if (node.strikethrough) html = `<s>${html}</s>`;
  if (node.italic) html = `<em>${html}</em>`;
  if (node.bold) html = `<strong>${html}</strong>`;
  return html;
}

/** Attributes tying a quote element to its speaker: `data-speaker` and `cite="#speaker-…"`. */
function speakerAttrs(speakerId: string | null | undefined, ctx: BodyContext): string {
  if (speakerId === null || speakerId === undefined) return '';
  const speaker = ctx.speakers.get(speakerId);
  const anchor = speaker ? speakerAnchor(speaker.id) : null;
  if (!speaker || anchor === null) return '';
  return ` data-speaker="${escapeAttr(speaker.id)}" cite="#${anchor}"`;
}

function quoteIdAttr(quoteId: string | undefined): string {
  return quoteId === undefined || quoteId === '' ? '' : ` data-quote="${escapeAttr(quoteId)}"`;
}

function inlines(nodes: readonly Inline[], ctx: BodyContext): string {
  let out = '';
  for (const node of nodes) {
    if (!('type' in node)) {
      out += leaf(node);
    } else if (node.type === 'link') {
      const inner = inlines(node.children, ctx);
      // A link with no visible text cannot be followed or announced: keep the text, drop the link.
      const linkable = isExportableUrl(node.url) && !isBlank(inlineText(node.children));
      out += linkable ? `<a href="${escapeAttr(node.url)}">${inner}</a>` : inner;
    } else {
      const inner = inlines(node.children, ctx);
      if (inner !== '') out += `<q${quoteIdAttr(node.quoteId)}${speakerAttrs(node.speakerId, ctx)}>${inner}</q>`;
    }
  }
  return out;
}

function attribution(speakerId: string | null | undefined, ctx: BodyContext): string {
  const speaker = speakerId == null ? undefined : ctx.speakers.get(speakerId);
  if (!speaker || isBlank(speakerName(speaker))) return '';
  const title = speakerTitle(speaker, ctx.comma);
  const role = title === '' ? '' : `${ctx.comma}<span class="quote-role">${htmlLines(title)}</span>`;
  return `<figcaption>— <span class="quote-speaker">${htmlLines(speakerName(speaker))}</span>${role}</figcaption>`;
}

function linkHost(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'mailto:' ? '' : parsed.host;
  } catch {
    return '';
  }
}

function relatedItems(b: Extract<Block, { type: 'related-links' }>): RelatedLink[] {
  return b.items.filter((item) => isExportableUrl(item.url));
}

function relatedItemText(item: RelatedLink): string {
  return isBlank(item.title) ? item.url : item.title;
}

/**
 * Names for the related-links asides when there are several: each landmark needs a distinct
 * name. Its title, or its first link's text when untitled; repeats get " (2)", " (3)"….
 */
function relatedLabels(blocks: readonly Block[]): Map<number, string> {
  const asides: [number, string][] = [];
  blocks.forEach((b, index) => {
    if (b.type !== 'related-links') return;
    const first = relatedItems(b)[0];
    if (first) asides.push([index, oneLine(storableText(isBlank(b.title) ? relatedItemText(first) : b.title))]);
  });
  const labels = new Map<number, string>();
  if (asides.length < 2) return labels;
  const used = new Set<string>();
  for (const [index, name] of asides) {
    let label = name;
    for (let n = 2; used.has(label); n++) label = `${name} (${n})`;
    used.add(label);
    labels.set(index, label);
  }
  return labels;
}

function block(b: Block, index: number, source: number, ctx: BodyContext, headings: HeadingLevels, asideLabels: Map<number, string>): string {
  if (isEmptyBlock(b)) return '';
  const at = ` data-block="${source}"`;
  switch (b.type) {
    case 'paragraph':
      return `<p${at}>${inlines(b.children, ctx)}</p>`;
    case 'heading': {
      const level = headings.level(b.level);
      return `<h${level}${at}>${inlines(b.children, ctx)}</h${level}>`;
    }
    case 'bulleted-list':
    case 'numbered-list': {
      const tag = b.type === 'bulleted-list' ? 'ul' : 'ol';
      const items = b.children.map((item) => `<li>${inlines(item.children, ctx)}</li>`).join('');
      return `<${tag}${at}>${items}</${tag}>`;
    }
    case 'block-quote':
    case 'pull-quote': {
      const quote = `<blockquote${quoteIdAttr(b.quoteId)}${speakerAttrs(b.speakerId, ctx)}><p>${inlines(b.children, ctx)}</p></blockquote>`;
      return `<figure class="${b.type}"${at}>${quote}${attribution(b.speakerId, ctx)}</figure>`;
    }
    case 'image': {
      const src = ctx.imageSrc(b.src);
      if (!isExportableImageSrc(src)) return '';
      const caption = isBlank(b.caption) ? '' : `<span class="caption">${htmlLines(b.caption)}</span>`;
      const credit = isBlank(b.credit) ? '' : `<span class="credit">${htmlLines(b.credit)}</span>`;
      const figcaption = caption || credit ? `<figcaption>${[caption, credit].filter(Boolean).join(' ')}</figcaption>` : '';
      return `<figure class="image"${at}><img src="${escapeAttr(src)}" alt="${escapeAttr(b.alt)}">${figcaption}</figure>`;
    }
    case 'divider':
      return `<hr${at}>`;
    case 'related-links': {
      const items = relatedItems(b).map(
        (item) => `<li><a href="${escapeAttr(item.url)}">${htmlLines(relatedItemText(item))}</a></li>`,
      );
      if (items.length === 0) return '';
      const title = isBlank(b.title) ? '' : `<h2>${htmlLines(b.title)}</h2>`;
      const label = asideLabels.get(index);
      const labelAttr = label === undefined ? '' : ` aria-label="${escapeAttr(label)}"`;
      return `<aside class="related"${at}${labelAttr}>${title}<ul>${items.join('')}</ul></aside>`;
    }
    case 'embed': {
      if (!isExportableUrl(b.url)) return '';
      const title = isBlank(b.title) ? b.url : b.title;
      const host = linkHost(b.url);
      const hostHtml = host === '' ? '' : ` <span class="embed-host">${escapeHtml(host)}</span>`;
      return `<div class="embed"${at}><a href="${escapeAttr(b.url)}"><span class="embed-title">${htmlLines(title)}</span>${hostHtml}</a></div>`;
    }
    default:
      return '';
  }
}

/** The body blocks as HTML, one block per line; empty blocks are left out. */
export function renderBodyHtml(blocks: readonly Block[], ctx: BodyContext): string {
  const headings = new HeadingLevels();
  const asideLabels = relatedLabels(blocks);
  let out = '';
  blocks.forEach((b, index) => {
    const html = block(b, index, sourceBlockIndex(blocks, index), ctx, headings, asideLabels);
    if (html !== '') out += html + '\n';
  });
  return out;
}
