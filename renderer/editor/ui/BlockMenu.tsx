import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { BLOCK_COMMANDS, INSERT_COMMANDS, type EditorCommand } from '../commands';
import { formatHotkey } from '../hotkeys';
import { Icon } from './icons';
import type { OverlayPosition } from './position';

/** One choice of the block menu. */
export interface MenuItem {
  command: EditorCommand;
  group: 'Turn into' | 'Insert';
  hint: string;
  /** Other words people may type to find it. */
  keywords: string;
}

const HINTS: Record<string, [string, string]> = {
  paragraph: ['Plain text', 'text body normal'],
  'heading-2': ['Section heading', 'heading title h2 subhead'],
  'heading-3': ['Smaller heading', 'heading title h3 subhead'],
  'bulleted-list': ['A list with bullets', 'ul unordered points'],
  'numbered-list': ['A list with numbers', 'ol ordered steps'],
  'block-quote': ['Quoted passage in the text', 'quotation citation'],
  'pull-quote': ['A quote set apart in large type', 'quotation highlight callout'],
  image: ['Picture from your computer', 'photo picture figure upload'],
  divider: ['A break between sections', 'rule separator line hr'],
  'related-links': ['“Our readers are reading too”', 'links more read also related'],
  embed: ['A post or video, kept as a link card', 'video tweet post social youtube url'],
};

/** Everything the block menu offers, in order. */
export const MENU_ITEMS: readonly MenuItem[] = [
  // A new line is a paragraph already: that choice goes last.
  ...[...BLOCK_COMMANDS.slice(1), BLOCK_COMMANDS[0]!].map((command) => ({ command, group: 'Turn into' as const, hint: HINTS[command.id]?.[0] ?? '', keywords: HINTS[command.id]?.[1] ?? '' })),
  ...INSERT_COMMANDS.map((command) => ({ command, group: 'Insert' as const, hint: HINTS[command.id]?.[0] ?? '', keywords: HINTS[command.id]?.[1] ?? '' })),
];

/** The items whose label or keywords contain every word of `query`. */
export function filterMenu(query: string): MenuItem[] {
  const words = query.toLowerCase().trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...MENU_ITEMS];
  return MENU_ITEMS.filter((item) => {
    const haystack = `${item.command.label} ${item.keywords}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

interface BlockMenuProps {
  /** `slash`: typed on an empty line, the caret stays in the text; `button`: opened by a button, with its own filter field. */
  mode: 'slash' | 'button';
  listId: string;
  items: MenuItem[];
  active: number;
  query: string;
  position: OverlayPosition | null;
  onQuery: (query: string) => void;
  onActive: (index: number) => void;
  onPick: (item: MenuItem) => void;
  /** Arrow keys, Enter, Escape and Tab for the filter field; true when handled. */
  onMenuKey: (event: KeyboardEvent) => boolean;
}

/** The id of the option at `index`, for aria-activedescendant. */
export const optionId = (listId: string, index: number) => `${listId}-option-${index}`;

/** Choose a block to turn the line into, or one to insert. */
export function BlockMenu({ mode, listId, items, active, query, position, onQuery, onActive, onPick, onMenuKey }: BlockMenuProps) {
  const labelId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const placed = position !== null;
  useEffect(() => {
    if (placed) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [placed]);
  useEffect(() => {
    ref.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  if (!position) return null;
  return (
    <div ref={ref} className="block-menu" style={{ top: position.top, left: position.left }} dir="ltr">
      {mode === 'button' && (
        <input
          className="block-menu__filter"
          aria-label="Filter blocks"
          placeholder="Filter…"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={items[active] ? optionId(listId, active) : undefined}
          value={query}
          autoFocus
          onChange={(e) => onQuery(e.target.value)}
          onKeyDown={(e) => {
            if (onMenuKey(e)) e.preventDefault();
          }}
        />
      )}
      <span id={labelId} className="visually-hidden">
        Blocks
      </span>
      {items.length === 0 ? (
        <p className="block-menu__empty">No block matches “{query}”.</p>
      ) : (
        <ul id={listId} className="block-menu__list" role="listbox" aria-labelledby={labelId}>
          {items.map((item, index) => {
            const heading = index === 0 || items[index - 1]?.group !== item.group ? item.group : null;
            const key = item.command.hotkeys[0];
            return [
              heading && (
                <li key={`g-${heading}`} role="presentation" className="block-menu__group">
                  {heading}
                </li>
              ),
              <li
                key={item.command.id}
                id={optionId(listId, index)}
                role="option"
                aria-selected={index === active}
                className="block-menu__item"
                onMouseDown={(e) => e.preventDefault()}
                onMouseMove={() => index !== active && onActive(index)}
                onClick={() => onPick(item)}
              >
                <span className="block-menu__icon">{item.command.icon ? <Icon name={item.command.icon} /> : item.command.glyph}</span>
                <span className="block-menu__text">
                  <span className="block-menu__label">{item.command.label}</span>
                  <span className="block-menu__hint">{item.hint}</span>
                </span>
                {key && <kbd className="block-menu__key">{formatHotkey(key)}</kbd>}
              </li>,
            ];
          })}
        </ul>
      )}
    </div>
  );
}
