import { Node, type BaseRange, type Path, type Point } from 'slate';

/**
 * The point `offset` characters into the text of the element at `path` (as `Node.string` counts them).
 * At a boundary between two text nodes, `edge` picks the end of the earlier one or the start of the later one.
 */
export function pointAtOffset(element: Node, path: Path, offset: number, edge: 'start' | 'end'): Point {
  let seen = 0;
  let last: Point | null = null;
  for (const [text, rel] of Node.texts(element)) {
    const length = text.text.length;
    const inside = edge === 'end' ? offset <= seen + length : offset < seen + length;
    if (inside && offset >= seen) return { path: path.concat(rel), offset: offset - seen };
    seen += length;
    last = { path: path.concat(rel), offset: length };
  }
  return last ?? { path, offset: 0 };
}

/** The range from `start` to `end` characters into the text of the element at `path`. */
export function rangeAtOffsets(element: Node, path: Path, start: number, end: number): BaseRange {
  return { anchor: pointAtOffset(element, path, start, 'start'), focus: pointAtOffset(element, path, end, 'end') };
}

