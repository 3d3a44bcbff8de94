import type { Decorator } from '../editor/decorations';
import type { SliceCreator } from './types';

/** Which list the sidebar shows. */
export type LibraryView = 'stories' | 'trash';

/** A modal that is open. */
export type Dialog = { kind: 'new-story' } | { kind: 'settings' } | { kind: 'delete'; id: string; headline: string } | null;

/** A short message shown above the editor until dismissed. */
export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

/** The side panels beside the story, in the order their tabs show. */
export const PANEL_IDS = ['quotes', 'preview', 'checks', 'review', 'versions'] as const;
export type PanelId = (typeof PANEL_IDS)[number];

/** Layout and transient UI state. */
export interface UiSlice {
  view: LibraryView;
  /** The side panel open beside the story, if any. */
  panel: PanelId | null;
  /** Extra decorations of the body, by owner (quote suggestions, comments). */
  decorators: Record<string, Decorator>;
  setPanel: (panel: PanelId | null) => void;
  togglePanel: (panel: PanelId) => void;
  setDecorator: (owner: string, decorator: Decorator | null) => void;
  dialog: Dialog;
  notice: Notice | null;
  setView: (view: LibraryView) => void;
  openDialog: (dialog: Exclude<Dialog, null>) => void;
  /** Opens `dialog` only when none is open, so a dialog in use (a story being named, a delete being confirmed) is not thrown away. */
  openDialogUnlessOpen: (dialog: Exclude<Dialog, null>) => void;
  closeDialog: () => void;
  notify: (text: string, kind?: Notice['kind']) => void;
  clearNotice: () => void;
}

/** The UI slice: library view, dialogs and notices. */
export const createUiSlice: SliceCreator<UiSlice> = () => (set, get) => ({
  view: 'stories',
  panel: null,
  decorators: {},
  setPanel: (panel) => set({ panel }),
  togglePanel: (panel) => set({ panel: get().panel === panel ? null : panel }),
  setDecorator: (owner, decorator) => {
    const next = { ...get().decorators };
    if (decorator) next[owner] = decorator;
    else delete next[owner];
    set({ decorators: next });
  },
  dialog: null,
  notice: null,
  setView: (view) => set({ view }),
  openDialog: (dialog) => set({ dialog }),
  openDialogUnlessOpen: (dialog) => {
    if (!get().dialog) set({ dialog });
  },
  closeDialog: () => set({ dialog: null }),
  notify: (text, kind = 'error') => set({ notice: { kind, text } }),
  clearNotice: () => set({ notice: null }),
});
