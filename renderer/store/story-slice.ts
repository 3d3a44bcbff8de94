import type { Article } from '../../shared/model/article';
import type { Block } from '../../shared/model/body';
import type { EventPayload } from '../../shared/ipc/contract';
import type { FieldPatch } from '../editor/history/timeline';
import type { SliceCreator } from './types';

/** Why the buffer and the file disagree. */
export type ConflictReason = 'changed' | 'deleted' | 'unreadable' | 'elsewhere';

/** The disk side of a conflict; the user's side is always `story.article`. */
export interface Conflict {
  reason: ConflictReason;
  /** The version on disk, when it could be read. */
  disk: Article | null;
  /** The hash on disk as last seen (null: no file). */
  diskHash: string | null;
  /** Why the disk version could not be read. */
  message?: string;
}

/** The story in the editor: the buffer, the hash it is based on, and its save state. */
/** `story` holding `article` as an unsaved edit; `reload` also remounts the editor on it (a restore). */
export function withEdit(story: OpenStory, article: Article, reload = false): OpenStory {
  return { ...story, article, dirty: true, edits: story.edits + 1, loads: reload ? story.loads + 1 : story.loads, saveError: null };
}

export interface OpenStory {
  id: string;
  /** Hash of the file this buffer is based on; the next save names it. */
  hash: string | null;
  article: Article;
  dirty: boolean;
  /** Bumps on every edit, so a save can tell whether edits arrived while it ran. */
  edits: number;
  /** Bumps whenever the buffer is replaced from disk, so the editor remounts. */
  loads: number;
  saving: boolean;
  savedAt: number | null;
  saveError: string | null;
  conflict: Conflict | null;
  /** Your version, kept beside the editor after choosing the disk version. */
  kept: Article | null;
}

/** What the status bar says about saving. */
export type SaveLabel =
  | { kind: 'saved'; at: number | null }
  | { kind: 'saving' }
  | { kind: 'unsaved' }
  | { kind: 'conflict'; reason: ConflictReason }
  | { kind: 'failed'; message: string };

/** The open story and everything about saving it. */
export interface StorySlice {
  story: OpenStory | null;
  opening: boolean;
  openStory: (id: string) => Promise<void>;
  closeStory: () => void;
  editBody: (body: Block[]) => void;
  /** Changes header fields without recording an undo step (see `editField`). */
  editMetadata: (patch: FieldPatch) => void;
  /** Saves if there are unsaved edits; true when the buffer is on disk afterwards. */
  save: () => Promise<boolean>;
  /** Saves unsaved edits before something that needs them on disk; when they cannot be, says `why` and answers false. */
  saveBefore: (why: string) => Promise<boolean>;
  /** Resolves a conflict by writing the buffer over whatever is on disk now. */
  keepMine: () => Promise<void>;
  /** Resolves a conflict by loading the disk version; the buffer stays visible as `kept`. */
  takeDiskVersion: () => Promise<void>;
  dismissKept: () => void;
  /** Resolves a "changed" conflict by saving `merged` over the disk version it was merged with. */
  saveMerged: (merged: Article) => Promise<boolean>;
  diskChanged: (payload: EventPayload<'workspace:changed'>) => Promise<void>;
  /** The workspace switched under the open story. */
  storyLeftWorkspace: () => void;
}

/** The save state shown in the status bar. */
export function saveLabel(story: OpenStory): SaveLabel {
  if (story.conflict) return { kind: 'conflict', reason: story.conflict.reason };
  if (story.saving) return { kind: 'saving' };
  if (story.saveError) return { kind: 'failed', message: story.saveError };
  if (story.dirty) return { kind: 'unsaved' };
  return { kind: 'saved', at: story.savedAt };
}

function stamped(article: Article, now = new Date()): Article {
  return { ...article, metadata: { ...article.metadata, updatedAt: now.toISOString() } };
}

/** The story slice: opening, editing, saving and resolving conflicts. */
export const createStorySlice: SliceCreator<StorySlice> =
  ({ api }) =>
  (set, get) => {
    /** The open story with `patch` applied, only if it is still the story `id`. */
    const update = (id: string, patch: Partial<OpenStory> | ((s: OpenStory) => Partial<OpenStory>)) => {
      const story = get().story;
      if (!story || story.id !== id) return;
      set({ story: { ...story, ...(typeof patch === 'function' ? patch(story) : patch) } });
    };

    /** A change event arrived while saving; look again once the save is answered. */
    let recheck = false;

    /** Reads the file and brings the buffer in line with it without losing edits. */
    const reconcile = async (id: string) => {
      const disk = await api['article:open']({ id });
      const story = get().story;
      if (!story || story.id !== id) return;
      if (story.saving) {
        recheck = true;
        return;
      }
      if (!disk.ok) {
        if (disk.error.code === 'not-found') {
          update(id, { conflict: { reason: 'deleted', disk: null, diskHash: null } });
        } else {
          update(id, (s) => ({
            conflict: { reason: 'unreadable', disk: null, diskHash: s.conflict?.diskHash ?? null, message: disk.error.message },
          }));
        }
        return;
      }
      if (disk.value.hash === story.hash) {
        if (story.conflict?.reason === 'deleted') update(id, { conflict: null });
        return;
      }
      if (!story.dirty && (!story.conflict || story.conflict.reason === 'deleted')) {
        update(id, (s) => ({
          article: disk.value.article,
          hash: disk.value.hash,
          loads: s.loads + 1,
          conflict: null,
          saveError: null,
          savedAt: null,
        }));
        return;
      }
      update(id, { conflict: { reason: 'changed', disk: disk.value.article, diskHash: disk.value.hash } });
    };

    const slice: StorySlice = {
      story: null,
      opening: false,

      openStory: async (id) => {
        const current = get().story;
        if (current?.id === id) return;
        if (!(await get().saveBefore('Save or resolve the open story before opening another.'))) return;
        set({ opening: true });
        const res = await api['article:open']({ id });
        set({ opening: false });
        if (!res.ok) {
          get().notify(res.error.message);
          return;
        }
        recheck = false;
        set({
          story: {
            id,
            hash: res.value.hash,
            article: res.value.article,
            dirty: false,
            edits: 0,
            loads: 0,
            saving: false,
            savedAt: null,
            saveError: null,
            conflict: null,
            kept: null,
          },
          notice: null,
        });
      },

      closeStory: () => set({ story: null }),

      editBody: (body) => {
        const story = get().story;
        if (!story || story.article.body === body) return;
        set({ story: withEdit(story, { ...story.article, body }) });
      },

      editMetadata: (patch) => {
        const story = get().story;
        if (!story) return;
        const metadata = { ...story.article.metadata, ...patch };
        set({ story: withEdit(story, { ...story.article, metadata }) });
      },

      saveBefore: async (why) => {
        if (!get().story?.dirty || (await get().save())) return true;
        get().notify(why);
        return false;
      },

      save: async () => {
        const story = get().story;
        if (!story) return true;
        if (!story.dirty) return !story.conflict;
        if (story.conflict || story.saving) return false;
        const { id, edits } = story;
        const article = stamped(story.article);
        update(id, { saving: true, saveError: null });
        const res = await api['article:save']({ id, baseHash: story.hash, article });
        const now = get().story;
        if (!now || now.id !== id) return res.ok && res.value.kind === 'saved';

        if (!res.ok) {
          update(id, { saving: false, saveError: res.error.message });
          return false;
        }
        if (res.value.kind === 'conflict') {
          const diskHash = res.value.diskHash;
          const disk = diskHash === null ? null : await api['article:open']({ id });
          update(id, {
            saving: false,
            conflict:
              diskHash === null
                ? { reason: 'deleted', disk: null, diskHash: null }
                : disk?.ok
                  ? { reason: 'changed', disk: disk.value.article, diskHash: disk.value.hash }
                  : { reason: 'unreadable', disk: null, diskHash, message: disk?.ok === false ? disk.error.message : '' },
          });
          void get().refreshList();
          return false;
        }
        const hash = res.value.hash;
        const clean = now.edits === edits;
        update(id, (s) => ({
          saving: false,
          hash,
          dirty: !clean,
          savedAt: Date.now(),
          article: clean ? article : { ...s.article, metadata: { ...s.article.metadata, updatedAt: article.metadata.updatedAt } },
        }));
        void get().refreshList();
        if (recheck) {
          recheck = false;
          await reconcile(id);
        }
        // Edits typed while the request was out are saved straight away.
        if (!clean) return get().save();
        return true;
      },

      keepMine: async () => {
        const story = get().story;
        if (!story?.conflict) return;
        const { id, conflict } = story;
        let base: string | null;
        if (conflict.reason === 'elsewhere') {
          base = null;
        } else {
          const disk = await api['article:open']({ id });
          if (disk.ok) base = disk.value.hash;
          else if (disk.error.code === 'not-found') base = null;
          else base = conflict.diskHash;
        }
        update(id, { hash: base, conflict: null, dirty: true, saveError: null });
        await get().save();
      },

      takeDiskVersion: async () => {
        const story = get().story;
        if (!story?.conflict) return;
        const { id } = story;
        const disk = await api['article:open']({ id });
        if (!disk.ok) {
          get().notify(`The version on disk cannot be opened: ${disk.error.message}`);
          return;
        }
        update(id, (s) => ({
          article: disk.value.article,
          hash: disk.value.hash,
          dirty: false,
          conflict: null,
          saveError: null,
          savedAt: null,
          kept: s.article,
          loads: s.loads + 1,
        }));
      },

      saveMerged: async (merged) => {
        const story = get().story;
        if (story?.conflict?.reason !== 'changed' || story.conflict.diskHash === null) return false;
        // The disk hash as the base: if the file changed again meanwhile, the save reports a new conflict.
        update(story.id, (s) => ({ ...withEdit(s, merged, true), hash: s.conflict?.diskHash ?? null, conflict: null }));
        return get().save();
      },

      dismissKept: () => {
        const story = get().story;
        if (story) set({ story: { ...story, kept: null } });
      },

      diskChanged: async ({ changes }) => {
        void get().refreshList();
        const story = get().story;
        if (!story) return;
        const change = changes.find((c) => c.id === story.id);
        if (!change) return;
        if (story.saving) {
          recheck = true;
          return;
        }
        if (change.kind === 'removed') {
          update(story.id, { conflict: { reason: 'deleted', disk: null, diskHash: null } });
          return;
        }
        if (change.hash !== story.hash) await reconcile(story.id);
      },

      storyLeftWorkspace: () => {
        const story = get().story;
        if (!story) return;
        if (!story.dirty) {
          set({ story: null });
          return;
        }
        set({ story: { ...story, conflict: { reason: 'elsewhere', disk: null, diskHash: null } } });
      },
    };
    return slice;
  };
