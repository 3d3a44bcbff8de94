import { useCallback, useLayoutEffect, useSyncExternalStore } from 'react';
import { Range, type Editor } from 'slate';
import { useFocused, useSlateSelector, useSlateStatic } from 'slate-react';
import type { StoryElement } from '../custom-types';
import { isEmptyTextBlock, textBlockAt } from '../queries';

/**
 * Which empty paragraph shows the "Type / for blocks" hint. One place works it
 * out and tells only the paragraph that gains or loses the hint, so a long
 * story does not ask every paragraph "am I selected?" on each keystroke.
 */
class HintStore {
  private current: StoryElement | null = null;
  private readonly listeners = new Map<StoryElement, Set<() => void>>();

  has(element: StoryElement): boolean {
    return this.current === element;
  }

  set(element: StoryElement | null): void {
    const before = this.current;
    if (before === element) return;
    this.current = element;
    for (const changed of [before, element]) if (changed) this.listeners.get(changed)?.forEach((listener) => listener());
  }

  subscribe(element: StoryElement, listener: () => void): () => void {
    let set = this.listeners.get(element);
    if (!set) this.listeners.set(element, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(element);
    };
  }
}

const STORES = new WeakMap<Editor, HintStore>();

function storeOf(editor: Editor): HintStore {
  let store = STORES.get(editor);
  if (!store) STORES.set(editor, (store = new HintStore()));
  return store;
}

/** The empty paragraph holding a collapsed caret, when the story has more than it. */
function hintedBlock(editor: Editor): StoryElement | null {
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection) || editor.children.length < 2) return null;
  const entry = textBlockAt(editor);
  return entry && entry[0].type === 'paragraph' && isEmptyTextBlock(entry[0]) ? entry[0] : null;
}

/** Works out the hinted paragraph as the caret moves; call once, inside the editor. */
export function useBlockHintSource(): void {
  const editor = useSlateStatic();
  const focused = useFocused();
  const block = useSlateSelector(hintedBlock);
  useLayoutEffect(() => storeOf(editor).set(focused ? block : null), [editor, focused, block]);
}

/** True while `element` is the empty paragraph that shows the hint. */
export function useBlockHint(element: StoryElement): boolean {
  const store = storeOf(useSlateStatic());
  const subscribe = useCallback((listener: () => void) => store.subscribe(element, listener), [store, element]);
  return useSyncExternalStore(subscribe, () => store.has(element));
}
