import type { ReactNode } from 'react';
import { Transforms } from 'slate';
import { ReactEditor, useFocused, useSelected, useSlateStatic } from 'slate-react';
import type { VoidElement } from '../custom-types';
import { Icon } from '../ui/icons';
import type { ElementProps } from './types';

interface VoidFrameProps extends ElementProps<VoidElement> {
  /** What the block is, for its label and its remove button. */
  kind: string;
  /** Shown after the kind, e.g. the site of an embed. */
  detail?: string;
  className: string;
  body: ReactNode;
}

/** The frame of a block with no text of its own: a label, a remove button and its own form. */
export function VoidFrame({ attributes, children, element, kind, detail, className, body }: VoidFrameProps) {
  const editor = useSlateStatic();
  const selected = useSelected();
  const focused = useFocused();
  const remove = () => {
    const path = ReactEditor.findPath(editor, element);
    Transforms.removeNodes(editor, { at: path, voids: true });
    ReactEditor.focus(editor);
  };
  return (
    <div {...attributes} className={`block-card ${className}${selected && focused ? ' block-card--selected' : ''}`}>
      <div
        contentEditable={false}
        className="block-card__frame"
        role="group"
        aria-label={kind}
        // The text has lost the focus to this block's own fields. Said outright, because
        // Slate skips its own note of it when the focus moves while it is still placing the
        // caret, and would then pull the focus back to the text, and the typing with it.
        onFocus={() => ReactEditor.blur(editor)}
      >
        <div className="block-card__bar">
          <span className="block-card__label">
            {kind}
            {detail && <span className="block-card__detail"> · {detail}</span>}
          </span>
          <button
            type="button"
            className="block-card__remove"
            title={`Remove ${kind.toLowerCase()}`}
            aria-label={`Remove ${kind.toLowerCase()}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={remove}
          >
            <Icon name="close" />
          </button>
        </div>
        {body}
      </div>
      {children}
    </div>
  );
}
