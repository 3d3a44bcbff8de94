import { Timeline, type FieldPatch } from '../editor/history/timeline';
import type { SliceCreator } from './types';

/** One undo history over the body and the header fields. */
export interface HistorySlice {
  timeline: Timeline;
  /** Changes header fields as one undoable step; typing in the same `key` merges while it goes on, unless `discrete`. */
  editField: (key: string, patch: FieldPatch, discrete?: boolean) => void;
  undo: () => void;
  redo: () => void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The history slice: the timeline and header edits that go through it. */
export const createHistorySlice: SliceCreator<HistorySlice> = () => (_set, get) => {
  const timeline = new Timeline((patch) => get().editMetadata(patch));
  return {
    timeline,
    editField: (key, patch, discrete = false) => {
      const metadata = get().story?.article.metadata;
      if (!metadata) return;
      const before = Object.fromEntries(Object.keys(patch).map((k) => [k, metadata[k as keyof FieldPatch]])) as FieldPatch;
      if (same(before, patch)) return;
      timeline.recordField(key, before, patch, discrete);
      get().editMetadata(patch);
    },
    undo: () => {
      timeline.seal();
      timeline.undo();
    },
    redo: () => {
      timeline.seal();
      timeline.redo();
    },
  };
};
