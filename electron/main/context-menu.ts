import { Menu, type ContextMenuParams, type MenuItemConstructorOptions, type WebContents } from 'electron';
import { sendEvent } from '../ipc/events';

/** What the context menu is built from: the fields of Electron's `context-menu` params it reads. */
export type MenuParams = Pick<
  ContextMenuParams,
  'misspelledWord' | 'dictionarySuggestions' | 'isEditable' | 'selectionText' | 'editFlags'
>;

/** What the spelling items and Select All do. */
export interface ContextMenuActions {
  replaceMisspelling: (word: string) => void;
  addToDictionary: (word: string) => void;
  /** Asks the page, which selects the whole story in the body and the field's text elsewhere. */
  selectAll: () => void;
}

const MAX_SUGGESTIONS = 6;

/** Spelling suggestions for a misspelled word, then Cut, Copy, Paste and Select All where they apply. */
export function contextMenuTemplate(params: MenuParams, actions: ContextMenuActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  const word = params.misspelledWord;
  if (params.isEditable && word) {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) items.push({ label: 'No Suggestions', enabled: false });
    for (const suggestion of suggestions) {
      items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    }
    items.push({ type: 'separator' }, { label: 'Add to Dictionary', click: () => actions.addToDictionary(word) }, { type: 'separator' });
  }
  if (params.isEditable) {
    items.push(
      { role: 'cut', label: 'Cut', enabled: params.editFlags.canCut },
      { role: 'copy', label: 'Copy', enabled: params.editFlags.canCopy },
      { role: 'paste', label: 'Paste', enabled: params.editFlags.canPaste },
      { type: 'separator' },
      { label: 'Select All', enabled: params.editFlags.canSelectAll, click: () => actions.selectAll() },
    );
  } else if (params.selectionText.trim() !== '') {
    items.push({ role: 'copy', label: 'Copy', enabled: params.editFlags.canCopy });
  }
  return items;
}

/** Shows the context menu on right-click in `contents`. */
export function installContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => {
        contents.session.addWordToSpellCheckerDictionary(word);
      },
      selectAll: () => sendEvent(contents, 'menu:selectAll', {}),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup();
  });
}
