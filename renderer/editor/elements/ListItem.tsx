import type { ListItemElement } from '../custom-types';
import type { ElementProps } from './types';

/** One item of a list. */
export function ListItem({ attributes, children }: ElementProps<ListItemElement>) {
  return <li {...attributes}>{children}</li>;
}
