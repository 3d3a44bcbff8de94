import { useFocused, useSelected } from 'slate-react';
import type { DividerElement } from '../custom-types';
import type { ElementProps } from './types';

/** A section break. */
export function Divider({ attributes, children }: ElementProps<DividerElement>) {
  const selected = useSelected();
  const focused = useFocused();
  return (
    <div {...attributes} className={`divider-block${selected && focused ? ' divider-block--selected' : ''}`}>
      <div contentEditable={false} className="divider-block__rule" role="separator" aria-label="Divider">
        <span aria-hidden="true">• • •</span>
      </div>
      {children}
    </div>
  );
}
