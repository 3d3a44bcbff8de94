import { Editor, Element, Node, Range, type NodeEntry, type Path } from 'slate';
import type { LinkElement, ListElement, TextBlockElement, VoidElement } from './custom-types';
import { LIST_TYPES, TEXT_BLOCK_TYPES, VOID_TYPES } from './schema';

/** True for blocks that hold a line of text: paragraph, heading, list item, block and pull quote. */
export function isTextBlock(node: unknown): node is TextBlockElement {
  return Element.isElement(node) && TEXT_BLOCK_TYPES.has(node.type);
}

/** True for bulleted and numbered lists. */
export function isList(node: unknown): node is ListElement {
  return Element.isElement(node) && LIST_TYPES.has(node.type);
}

/** True for image, divider, related links and embed. */
export function isVoidBlock(node: unknown): node is VoidElement {
  return Element.isElement(node) && VOID_TYPES.has(node.type);
}

/** True for a link inline. */
export function isLink(node: unknown): node is LinkElement {
  return Element.isElement(node) && node.type === 'link';
}

/** The text block holding the selection's focus (or `at`), if any. */
export function textBlockAt(editor: Editor, at?: Path | Range): NodeEntry<TextBlockElement> | undefined {
  const location = at ?? editor.selection;
  if (!location) return undefined;
  const point = Range.isRange(location) ? location.focus : location;
  return Editor.above(editor, { at: point, match: isTextBlock, mode: 'lowest' });
}

/** True when the text block has no text and no inline elements. */
export function isEmptyTextBlock(block: Node): boolean {
  return isTextBlock(block) && block.children.length === 1 && Node.string(block) === '';
}
