import type { ParagraphElement } from '../custom-types';
import { useBlockHint } from './block-hint';
import type { ElementProps } from './types';

/** A paragraph; an empty one holding the caret hints at the block menu. */
export function Paragraph({ attributes, children, element }: ElementProps<ParagraphElement>) {
  const hint = useBlockHint(element);
  return (
    <p {...attributes} className={hint ? 'block-hint' : undefined} data-hint={hint ? 'Type / for blocks' : undefined}>
      {children}
    </p>
  );
}
