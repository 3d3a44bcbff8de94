import type { HeadingElement } from '../custom-types';
import type { ElementProps } from './types';

/** A subheading: level 2, or level 3 for a minor one. */
export function Heading({ attributes, children, element }: ElementProps<HeadingElement>) {
  return element.level === 2 ? <h2 {...attributes}>{children}</h2> : <h3 {...attributes}>{children}</h3>;
}
