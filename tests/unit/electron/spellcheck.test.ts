import type { ContextMenuParams } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template, popup: vi.fn() })) },
}));
vi.mock('electron', () => fake);

const { applySpellcheckLanguage, dictionariesFor } = await import('../../../electron/main/spellcheck');
const { contextMenuTemplate, installContextMenu } = await import('../../../electron/main/context-menu');
const { FakeEmitter } = await import('./fakes');

/** Part of the list Chromium offers on Linux and Windows. */
const AVAILABLE = ['de', 'en-AU', 'en-GB', 'en-US', 'es', 'es-419', 'fa', 'fr', 'he', 'nb', 'pt-BR', 'pt-PT', 'ur'];

describe('dictionariesFor', () => {
  it('uses the exact dictionary when there is one, whatever the case', () => {
    expect(dictionariesFor('en-GB', AVAILABLE)).toEqual(['en-GB']);
    expect(dictionariesFor('pt-pt', AVAILABLE)).toEqual(['pt-PT']);
  });

  it('picks a sensible regional dictionary for a bare language', () => {
    expect(dictionariesFor('en', AVAILABLE)).toEqual(['en-US']);
    expect(dictionariesFor('pt', AVAILABLE)).toEqual(['pt-BR']);
    expect(dictionariesFor('fr', AVAILABLE)).toEqual(['fr']);
    expect(dictionariesFor('fr-CA', AVAILABLE)).toEqual(['fr']);
    expect(dictionariesFor('es-MX', AVAILABLE)).toEqual(['es']);
    expect(dictionariesFor('no', AVAILABLE)).toEqual(['nb']);
  });

  it('answers none for a language without a dictionary', () => {
    expect(dictionariesFor('ar', AVAILABLE)).toEqual([]);
    expect(dictionariesFor('', AVAILABLE)).toEqual([]);
    expect(dictionariesFor('en', [])).toEqual([]);
  });
});

function fakeSession(available = AVAILABLE) {
  return {
    availableSpellCheckerLanguages: available,
    setSpellCheckerLanguages: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
  };
}

describe('applySpellcheckLanguage', () => {
  it('sets the dictionary of the story language and turns checking on', () => {
    const session = fakeSession();
    expect(applySpellcheckLanguage(session as never, 'de', 'linux')).toEqual(['de']);
    expect(session.setSpellCheckerLanguages).toHaveBeenCalledWith(['de']);
    expect(session.setSpellCheckerEnabled).toHaveBeenLastCalledWith(true);
  });

  it('turns checking off for a language with no dictionary instead of flagging every word', () => {
    const session = fakeSession();
    expect(applySpellcheckLanguage(session as never, 'ar', 'win32')).toEqual([]);
    expect(session.setSpellCheckerLanguages).not.toHaveBeenCalled();
    expect(session.setSpellCheckerEnabled).toHaveBeenLastCalledWith(false);
  });

  it('leaves the language to the system checker on macOS', () => {
    const session = fakeSession([]);
    expect(applySpellcheckLanguage(session as never, 'fr', 'darwin')).toEqual(['fr']);
    expect(session.setSpellCheckerLanguages).not.toHaveBeenCalled();
    expect(session.setSpellCheckerEnabled).toHaveBeenLastCalledWith(true);
  });

  it('turns checking off when Electron refuses the language', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const session = fakeSession();
    session.setSpellCheckerLanguages.mockImplementation(() => {
      throw new Error('Invalid language code provided');
    });
    expect(applySpellcheckLanguage(session as never, 'he', 'linux')).toEqual([]);
    expect(session.setSpellCheckerEnabled).toHaveBeenLastCalledWith(false);
  });
});

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true } as ContextMenuParams['editFlags'];
const params = (over: Partial<ContextMenuParams> = {}) =>
  ({ misspelledWord: '', dictionarySuggestions: [], isEditable: true, selectionText: '', editFlags: flags, ...over }) as ContextMenuParams;

describe('the context menu', () => {
  it('offers suggestions for a misspelled word first, and replaces the word with the one chosen', () => {
    const replaceMisspelling = vi.fn();
    const addToDictionary = vi.fn();
    const selectAll = vi.fn();
    const items = contextMenuTemplate(params({ misspelledWord: 'goverment', dictionarySuggestions: ['government', 'governments'] }), {
      replaceMisspelling,
      addToDictionary,
      selectAll,
    });
    expect(items.slice(0, 2).map((i) => i.label)).toEqual(['government', 'governments']);
    (items[0]!.click as () => void)();
    expect(replaceMisspelling).toHaveBeenCalledWith('government');
    const add = items.find((i) => i.label === 'Add to Dictionary');
    (add!.click as () => void)();
    expect(addToDictionary).toHaveBeenCalledWith('goverment');
    expect(items.map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste']);
    // Select All asks the page, which selects the whole story in the body.
    (items.find((i) => i.label === 'Select All')!.click as () => void)();
    expect(selectAll).toHaveBeenCalledTimes(1);
  });

  it('says when there are no suggestions, and shows at most six', () => {
    const none = contextMenuTemplate(params({ misspelledWord: 'qzx' }), { replaceMisspelling: vi.fn(), addToDictionary: vi.fn(), selectAll: vi.fn() });
    expect(none[0]).toMatchObject({ label: 'No Suggestions', enabled: false });
    const many = contextMenuTemplate(params({ misspelledWord: 'teh', dictionarySuggestions: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] }), {
      replaceMisspelling: vi.fn(),
      addToDictionary: vi.fn(),
      selectAll: vi.fn(),
    });
    expect(many.filter((i) => i.click && i.label !== 'Add to Dictionary' && i.label !== 'Select All')).toHaveLength(6);
  });

  it('greys out what cannot be done, and offers only Copy outside editable text', () => {
    const items = contextMenuTemplate(params({ editFlags: { ...flags, canCut: false, canCopy: false } }), {
      replaceMisspelling: vi.fn(),
      addToDictionary: vi.fn(),
      selectAll: vi.fn(),
    });
    expect(items.find((i) => i.role === 'cut')?.enabled).toBe(false);
    expect(items.find((i) => i.role === 'paste')?.enabled).toBe(true);
    const reading = contextMenuTemplate(params({ isEditable: false, selectionText: 'ferry' }), {
      replaceMisspelling: vi.fn(),
      addToDictionary: vi.fn(),
      selectAll: vi.fn(),
    });
    expect(reading.map((i) => i.role)).toEqual(['copy']);
    expect(contextMenuTemplate(params({ isEditable: false }), { replaceMisspelling: vi.fn(), addToDictionary: vi.fn(), selectAll: vi.fn() })).toEqual([]);
  });

  it('pops up on right-click and replaces through the web contents', () => {
    const contents = Object.assign(new FakeEmitter(), {
      replaceMisspelling: vi.fn(),
      session: { addWordToSpellCheckerDictionary: vi.fn() },
    });
    installContextMenu(contents as never);
    contents.emit('context-menu', {}, params({ misspelledWord: 'harbur', dictionarySuggestions: ['harbour'] }));
    const built = fake.Menu.buildFromTemplate.mock.results.at(-1)?.value as { template: { label?: string; click?: () => void }[]; popup: () => void };
    expect(built.popup).toHaveBeenCalled();
    built.template[0]!.click!();
    expect(contents.replaceMisspelling).toHaveBeenCalledWith('harbour');
    built.template.find((i) => i.label === 'Add to Dictionary')!.click!();
    expect(contents.session.addWordToSpellCheckerDictionary).toHaveBeenCalledWith('harbur');
  });
});
