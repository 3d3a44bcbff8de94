import { Editor, Element, Range, Transforms, type Path } from 'slate';
import type { StoryElement, TextBlockElement } from '../custom-types';
import { isList, isTextBlock } from '../queries';
import { ELEMENT_PROPS } from '../schema';

/** The kinds of text block the toolbar and shortcuts switch between. */
export const BLOCK_KINDS = ['paragraph', 'heading-2', 'heading-3', 'bulleted-list', 'numbered-list', 'block-quote', 'pull-quote'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

type ListKind = 'bulleted-list' | 'numbered-list';
const isListKind = (kind: BlockKind): kind is ListKind => kind === 'bulleted-list' || kind === 'numbered-list';

/** The kind of one text block, looking at its list for list items. */
export function blockKindOf(editor: Editor, block: TextBlockElement, path: Path): BlockKind {
  switch (block.type) {
    case 'heading':
      return block.level === 2 ? 'heading-2' : 'heading-3';
    case 'list-item': {
      const [parent] = Editor.parent(editor, path);
      return isList(parent) ? parent.type : 'paragraph';
    }
    default:
      return block.type;
  }
}

/** The kinds of the blocks at both ends of the selection: what the toolbar shows. Looks at two blocks only, however long the selection. */
export function selectedBlockKinds(editor: Editor): BlockKind[] {
  const { selection } = editor;
  if (!selection) return [];
  const kinds = new Set<BlockKind>();
  for (const point of Range.edges(selection)) {
    const entry = Editor.above(editor, { at: point, match: isTextBlock, mode: 'lowest' });
    if (entry) kinds.add(blockKindOf(editor, entry[0], entry[1]));
  }
  return [...kinds];
}

/** True when every block the selection touches is of `kind`. */
export function isBlockActive(editor: Editor, kind: BlockKind): boolean {
  const { selection } = editor;
  if (!selection) return false;
  let any = false;
  for (const [node, path] of Editor.nodes(editor, { at: selection, match: isTextBlock, mode: 'lowest' })) {
    if (blockKindOf(editor, node, path) !== kind) return false;
    any = true;
  }
  return any;
}

/** The element properties for a text block of `kind` (lists set their items). */
function propsFor(kind: BlockKind): Partial<StoryElement> {
  switch (kind) {
    case 'heading-2':
      return { type: 'heading', level: 2 };
    case 'heading-3':
      return { type: 'heading', level: 3 };
    case 'bulleted-list':
    case 'numbered-list':
      return { type: 'list-item' };
    default:
      return { type: kind };
  }
}

/** Drops properties the new type of each selected text block does not have (a heading's level, a quote's speaker). */
function dropForeignProps(editor: Editor, at: Range): void {
  const stale: [Path, string[]][] = [];
  for (const [node, path] of Editor.nodes(editor, { at, match: isTextBlock, mode: 'lowest' })) {
    const allowed = ELEMENT_PROPS[node.type];
    const extra = Object.keys(node).filter((k) => k !== 'type' && k !== 'children' && !allowed.includes(k));
    if (extra.length > 0) stale.push([path, extra]);
  }
  for (const [path, keys] of stale) Transforms.unsetNodes(editor, keys, { at: path });
}

/** Makes every text block of the selection a `kind` block; when they all are already, makes them paragraphs. */
export function toggleBlock(editor: Editor, kind: BlockKind): void {
  if (!editor.selection) return;
  setBlock(editor, isBlockActive(editor, kind) && kind !== 'paragraph' ? 'paragraph' : kind);
}

/** Makes every text block of the selection a `kind` block, taking them out of or into lists as needed. */
export function setBlock(editor: Editor, kind: BlockKind): void {
  if (!editor.selection) return;
  Editor.withoutNormalizing(editor, () => {
    Transforms.unwrapNodes(editor, { match: (n) => isList(n), split: true });
    Transforms.setNodes<StoryElement>(editor, propsFor(kind), { match: (n) => isTextBlock(n), mode: 'lowest' });
    const at = editor.selection;
    if (at) dropForeignProps(editor, at);
    if (isListKind(kind) && at) wrapItems(editor, kind, at);
  });
}

/** Wraps each unbroken run of top-level list items in `at` in a list; a block between runs stays outside. */
function wrapItems(editor: Editor, kind: ListKind, at: Range): void {
  const runs: [number, number][] = [];
  for (const [, path] of Editor.nodes(editor, { at, match: (n, p) => p.length === 1 && Element.isElement(n) && n.type === 'list-item' })) {
    const index = path[0]!;
    const last = runs[runs.length - 1];
    if (last && last[1] === index - 1) last[1] = index;
    else runs.push([index, index]);
  }
  for (const [first, last] of runs.reverse()) {
    const range = { anchor: Editor.start(editor, [first]), focus: Editor.end(editor, [last]) };
    Transforms.wrapNodes(editor, { type: kind, children: [] }, { at: range, match: (n, p) => p.length === 1 && Element.isElement(n) && n.type === 'list-item' });
  }
}
