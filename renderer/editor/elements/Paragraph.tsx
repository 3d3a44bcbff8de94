import { Node } from 'slate';
import { useFocused, useSelected, useSlateStatic } from 'slate-react';
import type { ParagraphElement } from '../custom-types';
import type { ElementProps } from './types';

/** A paragraph; an empty one holding the caret hints at the block menu. */
export function Paragraph({ attributes, children, element }: ElementProps<ParagraphElement>) {
  const editor = useSlateStatic();
  const selected = useSelected();
  const focused = useFocused();
  const hint = selected && focused && editor.children.length > 1 && Node.string(element) === '' && element.children.length === 1;
  return (
    <p {...attributes} className={hint ? 'block-hint' : undefined} data-hint={hint ? 'Type / for blocks' : undefined}>
      {children}
    </p>
  );
}
