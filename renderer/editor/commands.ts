import { Editor } from 'slate';
import { isBlockActive, toggleBlock, type BlockKind } from './transforms/blocks';
import { insertDivider, insertRelatedLinks } from './transforms/insert-voids';
import { activeLink } from './transforms/links';
import { isMarkActive, toggleMark, type Mark } from './transforms/marks';
import type { IconName } from './ui/icons';

/** What a command may ask of the editor's surroundings. */
export interface EditorUi {
  /** Opens the link form for the selection. */
  editLink: () => void;
  /** Lets the user pick an image file to insert. */
  pickImage: () => void;
  /** Asks for the address of an embed to insert. */
  askEmbed: () => void;
}

/** Something the toolbar, the block menu or a shortcut does. */
export interface EditorCommand {
  id: string;
  label: string;
  /** Shortcuts in is-hotkey notation (`mod+shift+7`); the first is shown in tooltips. */
  hotkeys: readonly string[];
  icon?: IconName;
  /** Short text on the button when there is no icon. */
  glyph?: string;
  run: (editor: Editor, ui: EditorUi) => void;
  isActive?: (editor: Editor) => boolean;
}

const mark = (id: Mark, label: string, glyph: string, hotkeys: string[]): EditorCommand => ({
  id,
  label,
  glyph,
  hotkeys,
  run: (editor) => toggleMark(editor, id),
  isActive: (editor) => isMarkActive(editor, id),
});

const block = (id: BlockKind, label: string, hotkeys: string[], look: { icon?: IconName; glyph?: string }): EditorCommand => ({
  id,
  label,
  hotkeys,
  ...look,
  run: (editor) => toggleBlock(editor, id),
  isActive: (editor) => isBlockActive(editor, id),
});

/** Marks of the text. */
export const MARK_COMMANDS: readonly EditorCommand[] = [
  mark('bold', 'Bold', 'B', ['mod+b']),
  mark('italic', 'Italic', 'I', ['mod+i']),
  mark('strikethrough', 'Strikethrough', 'S', ['mod+shift+x']),
];

/** The link command. */
export const LINK_COMMAND: EditorCommand = {
  id: 'link',
  label: 'Link',
  icon: 'link',
  hotkeys: ['mod+k'],
  run: (_editor, ui) => ui.editLink(),
  isActive: (editor) => activeLink(editor) !== undefined,
};

/** Kinds of text block. */
export const BLOCK_COMMANDS: readonly EditorCommand[] = [
  block('paragraph', 'Paragraph', ['mod+alt+0'], { icon: 'paragraph' }),
  block('heading-2', 'Subheading', ['mod+alt+1'], { glyph: 'H2' }),
  block('heading-3', 'Minor subheading', ['mod+alt+2'], { glyph: 'H3' }),
  block('bulleted-list', 'Bulleted list', ['mod+shift+8'], { icon: 'bullets' }),
  block('numbered-list', 'Numbered list', ['mod+shift+7'], { icon: 'numbers' }),
  block('block-quote', 'Block quote', ['mod+shift+9'], { icon: 'quote' }),
  block('pull-quote', 'Pull quote', [], { icon: 'pullQuote' }),
];

/** Blocks that are inserted rather than typed in. */
export const INSERT_COMMANDS: readonly EditorCommand[] = [
  { id: 'image', label: 'Image…', icon: 'image', hotkeys: [], run: (_e, ui) => ui.pickImage() },
  { id: 'divider', label: 'Divider', icon: 'divider', hotkeys: [], run: (editor) => void insertDivider(editor) },
  { id: 'related-links', label: 'Related links', icon: 'related', hotkeys: [], run: (editor) => void insertRelatedLinks(editor) },
  { id: 'embed', label: 'Embed…', icon: 'embed', hotkeys: [], run: (_e, ui) => ui.askEmbed() },
];

/** Every command with a shortcut inside the body. */
export const KEYED_COMMANDS: readonly EditorCommand[] = [...MARK_COMMANDS, LINK_COMMAND, ...BLOCK_COMMANDS].filter((c) => c.hotkeys.length > 0);

/** True when `editor` has a selection a command can act on. */
export function canRun(editor: Editor): boolean {
  return editor.selection !== null && Editor.hasPath(editor, editor.selection.anchor.path);
}
