import { isHotkey } from 'is-hotkey';

/** True on a Mac, where shortcuts use ⌘ and read differently. */
export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

const MAC_SYMBOLS: Record<string, string> = { mod: '⌘', shift: '⇧', alt: '⌥', ctrl: '⌃' };
const NAMES: Record<string, string> = { mod: 'Ctrl', shift: 'Shift', alt: 'Alt', ctrl: 'Ctrl' };
const MAC_ORDER = ['ctrl', 'alt', 'shift', 'mod'];

/** A shortcut as people read it: "Ctrl+Shift+7" or "⇧⌘7". */
export function formatHotkey(hotkey: string, mac = IS_MAC): string {
  const parts = hotkey.split('+');
  const key = parts.pop() ?? '';
  const label = key.length === 1 ? key.toUpperCase() : key.charAt(0).toUpperCase() + key.slice(1);
  if (!mac) return [...parts.map((p) => NAMES[p] ?? p), label].join('+');
  const mods = [...parts].sort((a, b) => MAC_ORDER.indexOf(a) - MAC_ORDER.indexOf(b));
  return mods.map((p) => MAC_SYMBOLS[p] ?? p).join('') + label;
}

/** A matcher for one or more shortcuts that leaves AltGr (Ctrl+Alt on some keyboards) typing alone. */
export function hotkeyMatcher(hotkeys: readonly string[]): (event: KeyboardEvent) => boolean {
  const matches = isHotkey([...hotkeys]);
  const usesAlt = hotkeys.some((h) => h.includes('alt'));
  return (event) => {
    if (usesAlt && event.getModifierState?.('AltGraph')) return false;
    return matches(event);
  };
}
