import type { SliceCreator } from './types';

/** Which list the sidebar shows. */
export type LibraryView = 'stories' | 'trash';

/** A modal that is open. */
export type Dialog = { kind: 'new-story' } | { kind: 'delete'; id: string; headline: string } | null;

/** A short message shown above the editor until dismissed. */
export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

/** Layout and transient UI state. */
export interface UiSlice {
  view: LibraryView;
  dialog: Dialog;
  notice: Notice | null;
  setView: (view: LibraryView) => void;
  openDialog: (dialog: Exclude<Dialog, null>) => void;
  closeDialog: () => void;
  notify: (text: string, kind?: Notice['kind']) => void;
  clearNotice: () => void;
}

/** The UI slice: library view, dialogs and notices. */
export const createUiSlice: SliceCreator<UiSlice> = () => (set) => ({
  view: 'stories',
  dialog: null,
  notice: null,
  setView: (view) => set({ view }),
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
  notify: (text, kind = 'error') => set({ notice: { kind, text } }),
  clearNotice: () => set({ notice: null }),
});
