import { useEffect, useLayoutEffect } from 'react';
import { useSlateStatic } from 'slate-react';
import { formatHotkey, hotkeyMatcher } from '../../editor/hotkeys';
import { setSuggestingMode } from '../../editor/plugins/with-suggestions';
import { useApp, useAppStore } from '../../store';

/** The shortcut that turns suggesting mode on and off. */
export const SUGGEST_HOTKEY = 'mod+shift+s';
const isSuggestKey = hotkeyMatcher([SUGGEST_HOTKEY]);

/** Turns suggesting mode on, as long as you have a name to sign the changes with. */
function toggle(store: ReturnType<typeof useAppStore>): void {
  const state = store.getState();
  if (!state.suggesting && state.author.name.trim() === '') {
    state.notify('Set your name first (Review panel, You).', 'info');
    state.setPanel('review');
    return;
  }
  state.setSuggesting(!state.suggesting);
}

/** The toolbar's "Suggest changes" switch; keeps the body editor's mode in step with the store. */
export function SuggestToggle() {
  const editor = useSlateStatic();
  const store = useAppStore();
  const on = useApp((s) => s.suggesting);
  const author = useApp((s) => s.author);
  useLayoutEffect(() => setSuggestingMode(editor, on, author), [editor, on, author]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isSuggestKey(event) || !store.getState().story) return;
      event.preventDefault();
      toggle(store);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [store]);
  return (
    <button
      type="button"
      className={`toolbar__button toolbar__button--text${on ? ' toolbar__button--suggesting' : ''}`}
      title={`Suggest changes: typing and deleting become suggestions (${formatHotkey(SUGGEST_HOTKEY)})`}
      aria-label="Suggest changes"
      aria-pressed={on}
      tabIndex={-1}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => toggle(store)}
    >
      {on ? 'Suggesting' : 'Suggest changes'}
    </button>
  );
}
