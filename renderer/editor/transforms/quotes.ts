import { Editor, Element, Node, Path, Range, Transforms, type BaseRange, type NodeEntry } from 'slate';
import { newId } from '../../../shared/util/id';
import type { InlineQuoteElement, QuoteBlockElement } from '../custom-types';
import { isTextBlock } from '../queries';

/** True for a quote inline. */
export function isInlineQuote(node: unknown): node is InlineQuoteElement {
  return Element.isElement(node) && node.type === 'quote';
}

/** True for a block or pull quote. */
export function isQuoteBlock(node: unknown): node is QuoteBlockElement {
  return Element.isElement(node) && (node.type === 'block-quote' || node.type === 'pull-quote');
}

/** True for a quote inline, or a block or pull quote that carries a quote id. */
export function isTaggedQuote(node: unknown): node is InlineQuoteElement | QuoteBlockElement {
  return isInlineQuote(node) || (isQuoteBlock(node) && node.quoteId !== undefined);
}

/** Every tagged quote of the body (inline and block), in reading order; only those of `quoteId` when given. */
export function quoteEntries(editor: Editor, quoteId?: string): NodeEntry<InlineQuoteElement | QuoteBlockElement>[] {
  return Array.from(
    Editor.nodes<InlineQuoteElement | QuoteBlockElement>(editor, {
      at: [],
      match: (n) => isTaggedQuote(n) && (quoteId === undefined || n.quoteId === quoteId),
    }),
  );
}

/** The tagged quote holding the selection (or `at`): the innermost quote inline, else a tagged block quote. */
export function quoteAt(editor: Editor, at?: BaseRange | Path): NodeEntry<InlineQuoteElement | QuoteBlockElement> | undefined {
  const location = at ?? editor.selection;
  if (!location) return undefined;
  return (
    Editor.above<InlineQuoteElement>(editor, { at: location, match: isInlineQuote, mode: 'lowest' }) ??
    Editor.above<QuoteBlockElement>(editor, { at: location, match: (n) => isQuoteBlock(n) && n.quoteId !== undefined, mode: 'lowest' })
  );
}

/** Options of `tagQuote`. */
export interface TagOptions {
  /** What to tag; the selection by default. */
  at?: BaseRange;
  /** The id of the new quote; a fresh one by default. */
  quoteId?: string;
}

/** The block or pull quote whose whole text `range` covers (quotation marks and spaces at its edges aside). */
function wholeQuoteBlock(editor: Editor, range: BaseRange): NodeEntry<QuoteBlockElement> | undefined {
  const [start, end] = Range.edges(range);
  const block = Editor.above<QuoteBlockElement>(editor, { at: start, match: isQuoteBlock, mode: 'lowest' });
  if (!block || !Path.isAncestor(block[1], end.path)) return undefined;
  if (Range.isCollapsed(range)) return block;
  const before = Editor.string(editor, { anchor: Editor.start(editor, block[1]), focus: start });
  const after = Editor.string(editor, { anchor: end, focus: Editor.end(editor, block[1]) });
  const edge = /^[\s"'“”‘’«»„‚‹›]*$/u;
  return edge.test(before) && edge.test(after) ? block : undefined;
}

/**
 * Tags the selection (or `at`) as a quote of `speakerId`: a selection over the whole text of a
 * block or pull quote tags that block; any other selection inside one text block is wrapped in a
 * quote inline. `taggedText` records the words as tagged. Returns the quote id, or null when
 * nothing could be tagged (no selection, an empty one, or one across blocks).
 */
export function tagQuote(editor: Editor, speakerId: string | null, options: TagOptions = {}): string | null {
  const range = options.at ?? editor.selection;
  if (!range || !Editor.hasPath(editor, range.anchor.path) || !Editor.hasPath(editor, range.focus.path)) return null;
  const quoteId = options.quoteId ?? newId();
  const block = wholeQuoteBlock(editor, range);
  if (block) {
    Transforms.setNodes(editor, { quoteId, speakerId, taggedText: Node.string(block[0]) }, { at: block[1] });
    return quoteId;
  }
  if (Range.isCollapsed(range)) return null;
  const [start, end] = Range.edges(range);
  const container = Editor.above(editor, { at: start, match: isTextBlock, mode: 'lowest' });
  if (!container || !Path.isAncestor(container[1], end.path)) return null;
  const words = Editor.string(editor, range);
  if (words.trim() === '') return null;
  Editor.withoutNormalizing(editor, () => {
    const ref = Editor.rangeRef(editor, range, { affinity: 'inward' });
    // A quote holds no quote: tags inside the new one go.
    Transforms.unwrapNodes(editor, { at: range, match: isInlineQuote, split: true });
    if (ref.current) {
      const quote: InlineQuoteElement = { type: 'quote', quoteId, speakerId, taggedText: words, children: [] };
      Transforms.wrapNodes(editor, quote, { at: ref.current, split: true });
    }
    const done = ref.unref();
    if (done && options.at === undefined) {
      Transforms.select(editor, done);
      Transforms.collapse(editor, { edge: 'end' });
    }
  });
  return quoteId;
}

/** Removes the tag of quote `quoteId`; its words stay as they are. */
export function untagQuote(editor: Editor, quoteId: string): void {
  Editor.withoutNormalizing(editor, () => {
    for (const [node, path] of quoteEntries(editor, quoteId).reverse()) {
      if (isInlineQuote(node)) Transforms.unwrapNodes(editor, { at: path });
      else Transforms.unsetNodes(editor, ['quoteId', 'speakerId', 'taggedText'], { at: path });
    }
  });
}

/** Gives quote `quoteId` to `speakerId`. */
export function setQuoteSpeaker(editor: Editor, quoteId: string, speakerId: string): void {
  Editor.withoutNormalizing(editor, () => {
    for (const [, path] of quoteEntries(editor, quoteId)) Transforms.setNodes(editor, { speakerId }, { at: path });
  });
}

/** Moves every quote of speaker `from` to speaker `to` (merging duplicates of one person); returns how many. */
export function retagSpeaker(editor: Editor, from: string, to: string): number {
  const quotes = quoteEntries(editor).filter(([node]) => node.speakerId === from);
  Editor.withoutNormalizing(editor, () => {
    for (const [, path] of quotes) Transforms.setNodes(editor, { speakerId: to }, { at: path });
  });
  return quotes.length;
}

/**
 * Untags every quote of `speakerId` (the speaker leaves the cast): quote inlines are unwrapped and
 * block quotes lose their tag, so the words become plain text again; no text changes. Returns how many.
 */
export function untagSpeaker(editor: Editor, speakerId: string): number {
  // Slate drops a property set to null, and a quote inline must name a speaker or null: unwrap instead.
  const quotes = quoteEntries(editor).filter(([node]) => node.speakerId === speakerId);
  Editor.withoutNormalizing(editor, () => {
    for (const [node, path] of quotes.reverse()) {
      if (isInlineQuote(node)) Transforms.unwrapNodes(editor, { at: path });
      else Transforms.unsetNodes(editor, ['quoteId', 'speakerId', 'taggedText'], { at: path });
    }
  });
  return quotes.length;
}
