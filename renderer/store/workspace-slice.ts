import type { ArticleSummary, TrashEntry, WorkspaceInfo } from '../../shared/ipc/contract';
import type { SliceCreator } from './types';

/** The open workspace, its library rows and its trash. */
export interface WorkspaceSlice {
  info: WorkspaceInfo | null;
  rows: ArticleSummary[];
  trash: TrashEntry[];
  /** Set when the workspace could not be loaded at all. */
  loadError: string | null;
  loadWorkspace: () => Promise<void>;
  refreshList: () => Promise<void>;
  refreshTrash: () => Promise<void>;
  createStory: (headline: string, section?: string) => Promise<void>;
  trashStory: (id: string) => Promise<void>;
  restoreStory: (trashId: string) => Promise<void>;
  openRecent: (key: string) => Promise<void>;
  chooseWorkspace: () => Promise<void>;
  /** Main switched workspaces (menu, another window, or our own request). */
  workspaceSwitched: (info: WorkspaceInfo) => void;
}

/** The workspace slice: info, library rows, trash, and switching. */
export const createWorkspaceSlice: SliceCreator<WorkspaceSlice> =
  ({ api }) =>
  (set, get) => {
    let listing: Promise<void> | null = null;
    let listAgain = false;

    const listOnce = async () => {
      const res = await api['article:list']({});
      if (res.ok) set({ rows: res.value });
      else get().notify(res.error.message);
    };

    /** Leaves the open story only when nothing would be lost. */
    const readyToLeave = () => get().saveBefore('Save or resolve the open story before switching.');

    return {
      info: null,
      rows: [],
      trash: [],
      loadError: null,

      loadWorkspace: async () => {
        const info = await api['workspace:info']({});
        if (!info.ok) {
          set({ loadError: info.error.message });
          return;
        }
        set({ info: info.value, loadError: null });
        await Promise.all([get().refreshList(), get().refreshTrash()]);
      },

      refreshList: async () => {
        // Coalesce bursts of change events into at most one extra listing.
        if (listing) {
          listAgain = true;
          return listing;
        }
        listing = (async () => {
          do {
            listAgain = false;
            await listOnce();
          } while (listAgain);
        })().finally(() => {
          listing = null;
        });
        return listing;
      },

      refreshTrash: async () => {
        const res = await api['trash:list']({});
        if (res.ok) set({ trash: res.value });
      },

      createStory: async (headline, section) => {
        const res = await api['article:create'](section ? { headline, section } : { headline });
        if (!res.ok) {
          get().notify(res.error.message);
          return;
        }
        await get().refreshList();
        await get().openStory(res.value.id);
      },

      trashStory: async (id) => {
        const open = get().story;
        if (open?.id === id && open.dirty) await get().save();
        const res = await api['article:trash']({ id });
        if (!res.ok) {
          get().notify(res.error.message);
          return;
        }
        if (get().story?.id === id) get().closeStory();
        await Promise.all([get().refreshList(), get().refreshTrash()]);
      },

      restoreStory: async (trashId) => {
        const res = await api['trash:restore']({ trashId });
        if (!res.ok) {
          get().notify(res.error.message);
          return;
        }
        await Promise.all([get().refreshList(), get().refreshTrash()]);
        get().notify('Story restored.', 'info');
      },

      openRecent: async (key) => {
        if (!(await readyToLeave())) return;
        const res = await api['workspace:openRecent']({ key });
        if (!res.ok) get().notify(res.error.message);
        else get().workspaceSwitched(res.value);
      },

      chooseWorkspace: async () => {
        if (!get().info?.canChooseFolder) return;
        if (!(await readyToLeave())) return;
        const res = await api['workspace:choose']({});
        if (!res.ok) get().notify(res.error.message);
        else if (res.value) get().workspaceSwitched(res.value);
      },

      workspaceSwitched: (info) => {
        const same = get().info?.path === info.path;
        set({ info, loadError: null });
        if (same) return;
        get().storyLeftWorkspace();
        set({ view: 'stories' });
        void get().refreshList();
        void get().refreshTrash();
      },
    };
  };
