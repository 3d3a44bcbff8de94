import type { Article, Person, Status } from '../../shared/model/article';
import type { SnapshotReason, VersionEntry } from '../../shared/model/version';
import { changeStatus, StatusChangeError } from '../../shared/review/status';
import { withEdit } from './story-slice';
import type { SliceCreator } from './types';

/** Who you are, the story's versions, and the review actions on the open story. */
export interface ReviewSlice {
  /** Your name and initials, from this machine's settings. */
  author: Person;
  loadAuthor: () => Promise<void>;
  setAuthor: (author: Person) => Promise<boolean>;
  /** The open story's versions, oldest first; null until listed. */
  versions: VersionEntry[] | null;
  loadVersions: () => Promise<void>;
  /** Records the story file as a version; saves unsaved edits first. */
  snapshot: (reason: SnapshotReason, restoredFrom?: number) => Promise<boolean>;
  /** A save asked for by the user (Ctrl/Cmd+S): saves, then records a version. */
  saveNow: () => Promise<boolean>;
  /** Changes the open story outside the body and header fields (comments, status log). */
  editArticle: (change: (article: Article) => Article) => void;
  /**
   * Moves the story to `status`, recorded in its status log, then saves and
   * records a version. Answers an error message when the move is refused.
   */
  setStatus: (status: Status, override?: string) => Promise<string | null>;
  /** The story as it was at a version. */
  readVersion: (versionId: string) => Promise<Article | null>;
  /**
   * Brings back a version's words and fields on top of the current file: the
   * current story is recorded first, so nothing is lost, and the restored one after.
   */
  restoreVersion: (entry: VersionEntry) => Promise<boolean>;
  /** A comment being written: its id is already on the selected text. */
  commentDraft: { id: string; anchorText: string } | null;
  setCommentDraft: (draft: { id: string; anchorText: string } | null) => void;
  /** Suggesting mode: typing and deleting in the body become tracked changes. */
  suggesting: boolean;
  setSuggesting: (on: boolean) => void;
}

/** The parts of a story a restore brings back; the status and its log stay as they are now. */
function restored(current: Article, old: Article): Article {
  return {
    ...current,
    metadata: { ...old.metadata, status: current.metadata.status, createdAt: current.metadata.createdAt, updatedAt: current.metadata.updatedAt },
    speakers: old.speakers,
    body: old.body,
    comments: old.comments,
    suggestions: old.suggestions,
  };
}

/** The review slice. */
export const createReviewSlice: SliceCreator<ReviewSlice> =
  ({ api }) =>
  (set, get) => ({
    author: { name: '', initials: '' },
    loadAuthor: async () => {
      const res = await api['settings:author']({});
      if (res.ok) set({ author: res.value });
    },
    setAuthor: async (author) => {
      const res = await api['settings:setAuthor'](author);
      if (!res.ok) {
        get().notify(res.error.message);
        return false;
      }
      set({ author: res.value });
      return true;
    },

    commentDraft: null,
    setCommentDraft: (commentDraft) => set({ commentDraft }),
    suggesting: false,
    setSuggesting: (suggesting) => set({ suggesting }),

    versions: null,
    loadVersions: async () => {
      const story = get().story;
      if (!story) return set({ versions: null });
      const uid = story.article.uid;
      const res = await api['history:list']({ uid });
      if (get().story?.article.uid !== uid) return;
      if (res.ok) set({ versions: res.value });
      else get().notify(res.error.message);
    },

    snapshot: async (reason, restoredFrom) => {
      const story = get().story;
      if (!story?.hash) return false;
      if (!(await get().save())) return false;
      const id = story.id;
      const res = await api['history:snapshot']({ id, reason, ...(restoredFrom !== undefined ? { restoredFrom } : {}) });
      if (!res.ok) {
        get().notify(`No version was recorded: ${res.error.message}`);
        return false;
      }
      if (get().story?.id === id) await get().loadVersions();
      return true;
    },

    saveNow: async () => {
      if (!(await get().save())) return false;
      return get().snapshot('save');
    },

    editArticle: (change) => {
      const story = get().story;
      if (!story) return;
      const article = change(story.article);
      if (article === story.article) return;
      set({ story: withEdit(story, article) });
    },

    setStatus: async (status, override) => {
      const story = get().story;
      if (!story) return 'No story is open.';
      const { author } = get();
      if (author.name.trim() === '') return 'Set your name first (Review panel, You).';
      let next: Article;
      try {
        next = changeStatus(story.article, { status, by: author, at: new Date(), ...(override !== undefined ? { override } : {}) }, { headlineLimit: get().editorSettings.headlineLimit });
      } catch (err) {
        if (err instanceof StatusChangeError) return err.message;
        throw err;
      }
      if (next === story.article) return null;
      get().editArticle(() => next);
      await get().snapshot('status');
      return null;
    },

    readVersion: async (versionId) => {
      const story = get().story;
      if (!story) return null;
      const res = await api['history:read']({ uid: story.article.uid, versionId });
      if (res.ok) return res.value;
      get().notify(res.error.message);
      return null;
    },

    restoreVersion: async (entry) => {
      const old = await get().readVersion(entry.id);
      if (!old || !(await get().snapshot('manual'))) return false;
      const story = get().story;
      if (!story) return false;
      set({ story: withEdit(story, restored(story.article, old), true) });
      return get().snapshot('restore', entry.seq);
    },
  });
