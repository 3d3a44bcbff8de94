import { Node, type BaseRange, type Path, type Point } from 'slate';

/**
 * The point `offset` characters into the text of `element` (at `path`), counted as `Node.string`
 * counts them; null past its end. At the border of two runs of text, `edge` says which one:
 * 'start' takes the later run, 'end' the earlier.
 */
export function pointAtOffset(element: Node, path: Path, offset: number, edge: 'start' | 'end'): Point | null {
  let seen = 0;
  let last: Point | null = null;
  for (const [text, rel] of Node.texts(element)) {
    const end = seen + text.text.length;
    if (offset >= seen && (edge === 'start' ? offset < end : offset <= end)) return { path: [...path, ...rel], offset: offset - seen };
    last = { path: [...path, ...rel], offset: text.text.length };
    seen = end;
  }
  return offset === seen ? last : null;
}

/** The range from `start` to `end` characters into the text of `element` (at `path`); null when either is past its end. */
export function rangeAtOffsets(element: Node, path: Path, start: number, end: number): BaseRange | null {
  const anchor = pointAtOffset(element, path, start, 'start');
  const focus = pointAtOffset(element, path, end, 'end');
  return anchor && focus ? { anchor, focus } : null;
}

/** `rangeAtOffsets` for the element at `path` in `root`; null when there is none. */
export function rangeInElementAt(root: Node, path: Path, start: number, end: number): BaseRange | null {
  return Node.has(root, path) ? rangeAtOffsets(Node.get(root, path), path, start, end) : null;
}
