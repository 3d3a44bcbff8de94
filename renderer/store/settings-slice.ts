import { DEFAULT_EDITOR_SETTINGS, type EditorSettings } from '../../shared/ipc/contract';
import type { SliceCreator } from './types';

/** The newsroom's editor preferences (headline limit, reading speed). */
export interface SettingsSlice {
  editorSettings: EditorSettings;
  loadSettings: () => Promise<void>;
  updateSettings: (patch: Partial<EditorSettings>) => Promise<void>;
  /** Asks main to check spelling in `language`. */
  setSpellcheckLanguage: (language: string) => Promise<void>;
}

/** The settings slice: defaults until main answers. */
export const createSettingsSlice: SliceCreator<SettingsSlice> =
  ({ api }) =>
  (set, get) => ({
    editorSettings: DEFAULT_EDITOR_SETTINGS,
    loadSettings: async () => {
      const res = await api['settings:get']({});
      if (res.ok) set({ editorSettings: res.value });
    },
    updateSettings: async (patch) => {
      const res = await api['settings:update'](patch);
      if (res.ok) set({ editorSettings: res.value });
      else get().notify(res.error.message);
    },
    setSpellcheckLanguage: async (language) => {
      await api['spellcheck:setLanguage']({ language });
    },
  });
