import { ReactEditor, useSlateStatic } from 'slate-react';
import { formatHotkey } from '../../editor/hotkeys';
import { useApp } from '../../store';
import { TAG_QUOTE_HOTKEY, startTagging } from './QuoteTools';

const QUOTE_ICON = 'M3 9.5c0-3 1.2-4.6 3.3-5M3 9.5h2.8v3H3zM9 9.5c0-3 1.2-4.6 3.3-5M9 9.5h2.8v3H9z';

/** The toolbar button that tags the selection as a quote (or changes the tag at the caret). */
export function QuoteButtons() {
  const editor = useSlateStatic();
  const open = useApp((s) => s.openQuoteTagger);
  return (
    <button
      type="button"
      className="toolbar__button quote-tool"
      title={`Tag quote or speaker (${formatHotkey(TAG_QUOTE_HOTKEY)})`}
      aria-label="Tag quote"
      tabIndex={-1}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => {
        if (!editor.selection) ReactEditor.focus(editor);
        startTagging(editor, open);
      }}
    >
      <svg className="icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d={QUOTE_ICON} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </button>
  );
}
