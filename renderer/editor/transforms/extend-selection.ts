import { Node, Transforms, type Editor } from 'slate';

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const LETTER = /\p{L}/u;

/** The direction of a line by its first letter, as slate-react decides it for the arrow keys. */
export function lineDirection(text: string): 'ltr' | 'rtl' {
  const first = LETTER.exec(text)?.[0];
  return first !== undefined && RTL_LETTER.test(first) ? 'rtl' : 'ltr';
}

/**
 * Shift+Left or Shift+Right: moves the selection's focus one character on screen, in the
 * editor's own selection. slate-react moves the caret for the plain arrows this way; doing
 * the same for the shifted ones keeps a quickly repeated key from racing the page selection.
 */
export function extendSelection(editor: Editor, arrow: 'left' | 'right'): void {
  const { selection } = editor;
  if (!selection) return;
  const line = editor.children[selection.focus.path[0]!];
  const rtl = line !== undefined && lineDirection(Node.string(line)) === 'rtl';
  Transforms.move(editor, { unit: 'character', edge: 'focus', reverse: (arrow === 'left') !== rtl });
}
