import { DEFAULT_EDITOR_SETTINGS, type EditorSettings } from '../../shared/ipc/contract';
import type { RetentionSettings } from '../../shared/model/version';
import type { SliceCreator } from './types';

/** The newsroom's editor preferences (headline limit, reading speed) and the workspace's version retention. */
export interface SettingsSlice {
  editorSettings: EditorSettings;
  loadSettings: () => Promise<void>;
  /** Changes some editor preferences; answers an error message, or null when saved. */
  updateSettings: (patch: Partial<EditorSettings>) => Promise<string | null>;
  /** Asks main to check spelling in `language`. */
  setSpellcheckLanguage: (language: string) => Promise<void>;
  /** How long the open workspace keeps versions; null until asked, or when it cannot be read. */
  retention: RetentionSettings | null;
  /** Why the workspace's retention policy could not be read, if it could not. */
  retentionProblem: string | null;
  loadRetention: () => Promise<void>;
  /** Stores the workspace's retention; answers an error message, or null when saved. */
  saveRetention: (settings: RetentionSettings) => Promise<string | null>;
}

/** The settings slice: defaults until main answers. */
export const createSettingsSlice: SliceCreator<SettingsSlice> =
  ({ api }) =>
  (set) => ({
    editorSettings: DEFAULT_EDITOR_SETTINGS,
    loadSettings: async () => {
      const res = await api['settings:get']({});
      if (res.ok) set({ editorSettings: res.value });
    },
    updateSettings: async (patch) => {
      const res = await api['settings:update'](patch);
      if (!res.ok) return res.error.message;
      set({ editorSettings: res.value });
      return null;
    },
    setSpellcheckLanguage: async (language) => {
      await api['spellcheck:setLanguage']({ language });
    },
    retention: null,
    retentionProblem: null,
    loadRetention: async () => {
      const res = await api['history:retention']({});
      if (res.ok) set({ retention: res.value, retentionProblem: null });
      else set({ retention: null, retentionProblem: res.error.message });
    },
    saveRetention: async (settings) => {
      const res = await api['history:setRetention'](settings);
      if (!res.ok) return res.error.message;
      set({ retention: res.value, retentionProblem: null });
      return null;
    },
  });
