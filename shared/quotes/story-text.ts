import type { Article } from '../model/article';
import type { Block, Inline } from '../model/body';

/** A run of inline content in the analysed text: a paragraph, heading, quote block or list item. */
export interface TextContainer {
  /** Body path of the container: [block] or [block, item]. */
  path: number[];
  start: number;
  end: number;
}

/** A quote the journalist has tagged, located in the analysed text. */
export interface TaggedQuoteSpan {
  quoteId: string;
  speakerId: string | null;
  taggedText: string | undefined;
  /** The quote's words as they stand now. */
  text: string;
  start: number;
  end: number;
  /** Body path of the quote node, or of the block for a tagged block or pull quote. */
  path: number[];
}

/** The story body as one text for quote analysis, with the way back to blocks. */
export interface StoryQuoteText {
  /** Blocks and list items that hold text, joined with a blank line ("\n\n"). */
  text: string;
  /** Where each body block starts in `text`; -1 for blocks without text (images, dividers, embeds, link lists). */
  blockStarts: number[];
  /** Every text container in reading order. */
  containers: TextContainer[];
  /** Tagged quotes (inline quote nodes, block and pull quotes with a quote id), in reading order. */
  tagged: TaggedQuoteSpan[];
}

/** Paragraph separator of the analysed text. */
export const BLOCK_SEPARATOR = '\n\n';

function plain(nodes: readonly Inline[]): string {
  let out = '';
  for (const node of nodes) out += 'children' in node ? plain(node.children) : node.text;
  return out;
}

function inlineRuns(block: Block, b: number): { path: number[]; children: readonly Inline[] }[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
    case 'block-quote':
    case 'pull-quote':
      return [{ path: [b], children: block.children }];
    case 'bulleted-list':
    case 'numbered-list':
      return block.children.map((item, i) => ({ path: [b, i], children: item.children }));
    default:
      return [];
  }
}

/**
 * The body text that quotes are found in, pure and deterministic: the same story always gives
 * the same offsets, so a suggestion's offsets can be mapped back to a block with `locateOffset`.
 */
export function storyQuoteText(article: Pick<Article, 'body'>): StoryQuoteText {
  const parts: string[] = [];
  const blockStarts: number[] = [];
  const containers: TextContainer[] = [];
  const tagged: TaggedQuoteSpan[] = [];
  let length = 0;
  const append = (piece: string): number => {
    if (parts.length > 0) {
      parts.push(BLOCK_SEPARATOR);
      length += BLOCK_SEPARATOR.length;
    }
    const start = length;
    parts.push(piece);
    length += piece.length;
    return start;
  };
  article.body.forEach((block, b) => {
    const runs = inlineRuns(block, b);
    if (runs.length === 0) {
      blockStarts.push(-1);
      return;
    }
    let first = -1;
    for (const run of runs) {
      const start = append(plain(run.children));
      if (first < 0) first = start;
      containers.push({ path: run.path, start, end: length });
      let at = start;
      run.children.forEach((node, c) => {
        const words = 'children' in node ? plain(node.children) : node.text;
        if ('type' in node && node.type === 'quote') {
          tagged.push({ quoteId: node.quoteId, speakerId: node.speakerId, taggedText: node.taggedText, text: words, start: at, end: at + words.length, path: [...run.path, c] });
        }
        at += words.length;
      });
    }
    blockStarts.push(first);
    if ((block.type === 'block-quote' || block.type === 'pull-quote') && block.quoteId !== undefined) {
      const text = plain(block.children);
      tagged.push({ quoteId: block.quoteId, speakerId: block.speakerId ?? null, taggedText: block.taggedText, text, start: first, end: first + text.length, path: [b] });
    }
  });
  tagged.sort((x, y) => x.start - y.start || y.end - x.end);
  return { text: parts.join(''), blockStarts, containers, tagged };
}

/** The container holding offset `at` of the analysed text, and the offset within it; null between containers. */
export function locateOffset(story: Pick<StoryQuoteText, 'containers'>, at: number): { path: number[]; offset: number } | null {
  let lo = 0;
  let hi = story.containers.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = story.containers[mid]!;
    if (at < c.start) hi = mid - 1;
    else if (at > c.end) lo = mid + 1;
    else return { path: c.path, offset: at - c.start };
  }
  return null;
}
