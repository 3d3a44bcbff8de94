import { useState, type RefObject } from 'react';
import { Range, type BaseRange, type Editor } from 'slate';
import { ReactEditor, useFocused, useSlateSelector, useSlateStatic } from 'slate-react';
import { openLink } from '../open-link';
import { activeLink, unwrapLink } from '../transforms/links';
import { displayUrl } from '../url';
import { Icon } from './icons';
import { below, useOverlayPosition } from './position';

const BUBBLE_WIDTH = 320;

/** The link at a collapsed caret, as "path|url", or null. */
function linkAtCaret(editor: Editor): string | null {
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection)) return null;
  const entry = activeLink(editor);
  return entry ? `${entry[1].join(',')}|${entry[0].url}` : null;
}

/** The small bubble under a link holding the caret: its address, and Edit, Open and Remove. */
export function LinkBubble({ surface, onEdit, hidden }: { surface: RefObject<HTMLElement | null>; onEdit: () => void; hidden: boolean }) {
  const editor = useSlateStatic();
  const focused = useFocused();
  const [inside, setInside] = useState(false);
  const link = useSlateSelector(linkAtCaret);
  const show = link !== null && !hidden && (focused || inside);
  const position = useOverlayPosition(surface, show ? link : null, (el) => {
    const entry = activeLink(editor);
    if (!entry) return null;
    return below(ReactEditor.toDOMNode(editor, entry[0]).getBoundingClientRect(), el, BUBBLE_WIDTH);
  });
  if (!show || !position || link === null) return null;
  const url = link.slice(link.indexOf('|') + 1);
  const remove = () => {
    unwrapLink(editor);
    ReactEditor.focus(editor);
  };
  return (
    <div
      className="link-bubble"
      role="dialog"
      aria-label="Link"
      style={{ top: position.top, left: position.left }}
      dir="ltr"
      onFocus={() => setInside(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setInside(false);
      }}
    >
      <span className="link-bubble__url" title={url}>
        {displayUrl(url)}
      </span>
      <button type="button" className="button button--quiet button--small" onMouseDown={(e) => e.preventDefault()} onClick={onEdit}>
        Edit
      </button>
      <button
        type="button"
        className="button button--quiet button--small"
        title="Open in browser"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => openLink(url)}
      >
        <Icon name="external" />
        Open
      </button>
      <button type="button" className="button button--quiet button--small" onMouseDown={(e) => e.preventDefault()} onClick={remove}>
        Remove
      </button>
    </div>
  );
}

/** Where a form about `range` goes: under the selected text, or under the caret's line. */
export function useRangePosition(surface: RefObject<HTMLElement | null>, key: string | null, range: BaseRange | null, width: number) {
  const editor = useSlateStatic();
  return useOverlayPosition(surface, key, (el) => {
    if (!range) return null;
    try {
      const dom = ReactEditor.toDOMRange(editor, range);
      let rect = dom.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) rect = (dom.startContainer.parentElement ?? el).getBoundingClientRect();
      return below(rect, el, width);
    } catch {
      return null;
    }
  });
}
