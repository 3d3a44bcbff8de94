import type { Article } from '../../shared/model/article';
import { serializeArticle } from '../../shared/model/serialize';
import { withEdit } from './story-slice';
import type { SliceCreator } from './types';

/** Unsaved edits of the open story found in a backup, waiting for Restore or Discard. */
export interface Recovery {
  id: string;
  savedAt: string;
  article: Article;
  /** The file was saved by something else after the edits were backed up. */
  fileChanged: boolean;
}

/** Backing up unsaved edits and offering them back after a crash. */
export interface RecoverySlice {
  recovery: Recovery | null;
  /** Writes the open story's unsaved edits outside its file (no-op when it has none). */
  backupNow: () => Promise<void>;
  /** Drops the backup of a story whose edits are now on disk. */
  discardBackup: (id: string) => Promise<void>;
  /** Looks for a backup of the story just opened and offers it when it holds edits the file does not. */
  checkBackup: (id: string) => Promise<void>;
  /** At start: opens the story with the newest backup when nothing is open yet. */
  recoverAtStart: () => Promise<void>;
  /** Puts the backed-up edits in the editor as unsaved changes on top of the file. */
  restoreRecovery: () => void;
  discardRecovery: () => Promise<void>;
  /** Saves, or at least backs up, before the window closes. */
  flushBeforeQuit: () => Promise<void>;
}

/** The article without its save time, in the file's stable key order, to tell real differences. */
function fingerprint(article: Article): string {
  return serializeArticle({ ...article, metadata: { ...article.metadata, updatedAt: '' } });
}

/** The recovery slice: backups go out one at a time, in order. */
export const createRecoverySlice: SliceCreator<RecoverySlice> =
  ({ api }) =>
  (set, get) => {
    let queue: Promise<unknown> = Promise.resolve();
    const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
      const next = queue.then(task, task);
      queue = next.catch(() => undefined);
      return next;
    };

    return {
      recovery: null,

      backupNow: () =>
        enqueue(async () => {
          const story = get().story;
          if (!story?.dirty) return;
          await api['backup:write']({ id: story.id, baseHash: story.hash, article: story.article });
        }),

      discardBackup: (id) =>
        enqueue(async () => {
          await api['backup:discard']({ id });
        }),

      checkBackup: async (id) => {
        const res = await enqueue(() => api['backup:read']({ id }));
        const story = get().story;
        if (!res.ok || !res.value || story?.id !== id) return;
        const backup = res.value;
        if (fingerprint(backup.article) === fingerprint(story.article)) {
          await get().discardBackup(id);
          return;
        }
        set({ recovery: { id, savedAt: backup.savedAt, article: backup.article, fileChanged: backup.baseHash !== story.hash } });
      },

      recoverAtStart: async () => {
        const res = await api['backup:list']({});
        if (!res.ok || res.value.length === 0 || get().story) return;
        const readable = new Set(get().rows.flatMap((row) => ('headline' in row ? [row.id] : [])));
        const newest = res.value.find((b) => readable.has(b.id));
        if (newest) await get().openStory(newest.id);
      },

      restoreRecovery: () => {
        const { recovery, story } = get();
        if (!recovery || !story || story.id !== recovery.id) return;
        set({ recovery: null, story: withEdit(story, recovery.article, true) });
      },

      discardRecovery: async () => {
        const recovery = get().recovery;
        if (!recovery) return;
        set({ recovery: null });
        await get().discardBackup(recovery.id);
      },

      flushBeforeQuit: async () => {
        const story = get().story;
        if (!story?.dirty) return;
        if (await get().save()) return;
        // A conflict or a failed save: keep the edits where the next start finds them.
        await get().backupNow();
      },
    };
  };
