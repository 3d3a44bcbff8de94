import { Node, type BaseRange, type NodeEntry, Range } from 'slate';
import { isTextBlock } from '../queries';
import { rangeAtOffsets } from '../offsets';
import { matchesInText, searchPattern, type SearchOptions } from './search';

/** What a find decoration adds to the text it covers. */
export interface FindMark {
  find?: 'match' | 'current';
}

type Decoration = BaseRange & FindMark;

/** No decorations: the editor's decorate while nothing is searched. */
export const decorateNothing = (): Decoration[] => [];

/**
 * A `decorate` for slate-react that marks every match of `query` in the block it is asked
 * about (and `current` apart). Each call looks at one block only, so typing stays cheap.
 */
export function findDecorator(query: string, options: SearchOptions, current: BaseRange | null): (entry: NodeEntry) => Decoration[] {
  const pattern = searchPattern(query, options);
  if (!pattern) return decorateNothing;
  return ([node, path]) => {
    if (!isTextBlock(node)) return [];
    return matchesInText(Node.string(node), pattern, options.wholeWord).flatMap(([start, end]) => {
      const range = rangeAtOffsets(node, path, start, end);
      if (!range) return [];
      const isCurrent = current !== null && Range.equals(range, current);
      return [{ ...range, find: isCurrent ? 'current' : 'match' }];
    });
  };
}
