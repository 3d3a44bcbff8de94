import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { Editor, Range } from 'slate';
import { ReactEditor, useSlateSelector, useSlateStatic } from 'slate-react';
import { BLOCK_COMMANDS, LINK_COMMAND, MARK_COMMANDS, canRun, type EditorCommand, type EditorUi } from '../commands';
import { formatHotkey } from '../hotkeys';
import { selectedBlockKinds } from '../transforms/blocks';
import { activeLink } from '../transforms/links';
import { isMarkActive } from '../transforms/marks';
import { Icon } from './icons';

/** Ids of the commands that are on at the selection, e.g. "bold heading-2"; cheap enough for every change. */
function activeIds(editor: Editor): string {
  const { selection } = editor;
  if (!selection || !Editor.hasPath(editor, selection.anchor.path) || !Editor.hasPath(editor, selection.focus.path)) return '';
  const on: string[] = [];
  for (const command of MARK_COMMANDS) if (isMarkActive(editor, command.id as 'bold')) on.push(command.id);
  if (Range.isCollapsed(selection) && activeLink(editor)) on.push('link');
  const kinds = selectedBlockKinds(editor);
  if (kinds.length === 1 && kinds[0]) on.push(kinds[0]);
  return on.join(' ');
}

/** "Bold (Ctrl+B)" */
export function tooltip(command: EditorCommand): string {
  const key = command.hotkeys[0];
  return key ? `${command.label} (${formatHotkey(key)})` : command.label;
}

function CommandButton({ command, active, ui }: { command: EditorCommand; active: boolean; ui: EditorUi }) {
  const editor = useSlateStatic();
  const run = () => {
    if (!canRun(editor)) ReactEditor.focus(editor);
    command.run(editor, ui);
    if (command.id !== 'link') ReactEditor.focus(editor);
  };
  return (
    <button
      type="button"
      className={`toolbar__button${command.glyph ? ` toolbar__button--glyph toolbar__button--${command.id}` : ''}`}
      title={tooltip(command)}
      aria-label={command.label}
      aria-pressed={active}
      tabIndex={command.id === 'bold' ? 0 : -1}
      // Keep the selection in the text while clicking.
      onMouseDown={(e) => e.preventDefault()}
      onClick={run}
    >
      {command.icon ? <Icon name={command.icon} /> : command.glyph}
    </button>
  );
}

const Separator = () => <span className="toolbar__separator" aria-hidden="true" />;

interface ToolbarProps {
  ui: EditorUi;
  onInsert: () => void;
  onFind: () => void;
  /** Extra items at the end (none yet; room for later tools). */
  children?: ReactNode;
}

/** The formatting toolbar above the body: marks, link, block kinds, insert and find. */
export function Toolbar({ ui, onInsert, onFind, children }: ToolbarProps) {
  const active = useSlateSelector(activeIds);
  const on = new Set(active.split(' '));
  const ref = useRef<HTMLDivElement>(null);

  // One tab stop for the whole toolbar; arrow keys move between buttons.
  const onKeyDown = (event: KeyboardEvent) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const rtl = ref.current ? getComputedStyle(ref.current).direction === 'rtl' : false;
    const step = (event.key === 'ArrowRight') !== rtl ? 1 : -1;
    const to = event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : (at + step + buttons.length) % buttons.length;
    event.preventDefault();
    buttons[to]?.focus();
  };

  const group = (commands: readonly EditorCommand[]) =>
    commands.map((c) => <CommandButton key={c.id} command={c} active={on.has(c.id)} ui={ui} />);

  return (
    <div ref={ref} className="toolbar" role="toolbar" aria-label="Formatting" onKeyDown={onKeyDown}>
      {group(MARK_COMMANDS)}
      <Separator />
      {group([LINK_COMMAND])}
      <Separator />
      {group(BLOCK_COMMANDS.slice(1, 3))}
      {group(BLOCK_COMMANDS.slice(3, 5))}
      {group(BLOCK_COMMANDS.slice(5))}
      <Separator />
      <button
        type="button"
        className="toolbar__button toolbar__button--text"
        title="Insert a block (type / on an empty line)"
        aria-label="Insert block"
        aria-haspopup="listbox"
        tabIndex={-1}
        onMouseDown={(e) => e.preventDefault()}
        onClick={onInsert}
      >
        <Icon name="plus" />
        <span>Insert</span>
      </button>
      <span className="toolbar__spacer" />
      {children}
      <button
        type="button"
        className="toolbar__button"
        title={`Find and replace (${formatHotkey('mod+f')})`}
        aria-label="Find and replace"
        tabIndex={-1}
        onMouseDown={(e) => e.preventDefault()}
        onClick={onFind}
      >
        <Icon name="search" />
      </button>
    </div>
  );
}
