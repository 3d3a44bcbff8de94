import { hotkeyMatcher, IS_MAC } from './hotkeys';
import type { Motion } from './dom-selection';

type Ends = { keys: [start: string, end: string]; directions: [Motion['direction'], Motion['direction']]; granularity: Motion['granularity'] };

// On a Mac, Home and End scroll the page; ⌘ with the arrows goes to the ends of a line or the story.
const ENDS: Ends[] = IS_MAC
  ? [
      { keys: ['cmd+left', 'cmd+right'], directions: ['left', 'right'], granularity: 'lineboundary' },
      { keys: ['cmd+up', 'cmd+down'], directions: ['backward', 'forward'], granularity: 'documentboundary' },
    ]
  : [
      { keys: ['home', 'end'], directions: ['backward', 'forward'], granularity: 'lineboundary' },
      { keys: ['ctrl+home', 'ctrl+end'], directions: ['backward', 'forward'], granularity: 'documentboundary' },
    ];

/** Each key moves the caret; with Shift it extends the selection. */
const KEYS = ENDS.flatMap(({ keys, directions, granularity }) =>
  keys.flatMap((key, i) =>
    (['move', 'extend'] as const).map((alter) => {
      const hotkey = alter === 'extend' ? key.replace(/([a-z]+)$/, 'shift+$1') : key;
      return [hotkeyMatcher([hotkey]), { alter, direction: directions[i]!, granularity }] as const;
    }),
  ),
);

/** The line or story boundary move a key asks for (Home, Shift+End, Ctrl+Home…), if any. */
export function boundaryMotion(event: KeyboardEvent): Motion | null {
  return KEYS.find(([matches]) => matches(event))?.[1] ?? null;
}
