import type { BaseRange, NodeEntry } from 'slate';

/** A decorated range: `className` goes on the text's span, `title` becomes its tooltip, `data` its data- attributes. */
export type DecoratedRange = BaseRange & { className: string; title?: string; data?: Record<string, string> };

/** Turns one node of the body into decorated ranges (find matches, quote suggestions, comments). */
export type Decorator = (entry: NodeEntry) => DecoratedRange[];

/** Combines decorate functions into one for Slate; none means no decorations at all. */
export function combineDecorators(decorators: readonly ((entry: NodeEntry) => BaseRange[])[]): (entry: NodeEntry) => BaseRange[] {
  if (decorators.length === 0) return () => [];
  if (decorators.length === 1) return decorators[0]!;
  return (entry) => decorators.flatMap((decorate) => decorate(entry));
}
