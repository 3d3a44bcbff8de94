import type { ListElement } from '../custom-types';
import type { ElementProps } from './types';

/** A bulleted or numbered list. */
export function List({ attributes, children, element }: ElementProps<ListElement>) {
  return element.type === 'numbered-list' ? <ol {...attributes}>{children}</ol> : <ul {...attributes}>{children}</ul>;
}
