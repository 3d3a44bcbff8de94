import type { EventPayload, ExportFormatName } from '../../shared/ipc/contract';
import type { Status } from '../../shared/model/article';
import type { SliceCreator } from './types';

/** Which stories an export takes. */
export type ExportScope = { kind: 'story'; id: string } | { kind: 'selected'; ids: string[] } | { kind: 'status'; status: Status };

/** What the export dialog is set up to do. */
export interface ExportRequest {
  scope: ExportScope;
  format: ExportFormatName;
  inlineImages: boolean;
  /** Export into the last folder again (a key main gave out), instead of a new one. */
  destination?: string;
}

/** A folder export that is running. */
export interface ExportJob {
  jobId: string;
  done: number;
  total: number;
  current: string;
  folder: string;
  destination: string;
  cancelling: boolean;
}

/** How the last folder export ended. */
export type ExportOutcome = Omit<EventPayload<'export:finished'>, 'jobId'> & { destination: string };

/** An export held back because files would be replaced. */
export interface ReplaceQuestion {
  request: ExportRequest;
  files: string[];
  folder: string;
  destination: string;
}

/** Exports started from the window: the dialog, the running job, and what happened last. */
export interface ExportSlice {
  /** The export dialog, open with its starting choices. */
  exportDialog: Omit<ExportRequest, 'destination'> | null;
  exportJob: ExportJob | null;
  exportOutcome: ExportOutcome | null;
  replaceQuestion: ReplaceQuestion | null;
  openExport: (request: Omit<ExportRequest, 'destination'>) => void;
  closeExport: () => void;
  /** Saves the open story (exports read the file), then asks main to export; false when nothing started. */
  runExport: (request: ExportRequest, overwrite?: boolean) => Promise<boolean>;
  /** Answers the "Replace N files?" question. */
  answerReplace: (replace: boolean) => Promise<void>;
  cancelExport: () => Promise<void>;
  dismissExportOutcome: () => void;
  /** Puts the open story's HTML fragment (rendered in main from the saved file) on the clipboard. */
  copyStoryHtml: () => Promise<boolean>;
  /** Saves the open story, then fetches its review copy (rendered in main from the saved file); null after telling the user why not. */
  reviewCopy: () => Promise<{ text: string; fileName: string } | null>;
  /** Saves the open story's review copy through a save dialog (desktop only). */
  saveReviewCopy: () => Promise<void>;
  /** The workspace's page stylesheet (for the preview); null after telling the user why not. */
  loadPageStylesheet: () => Promise<string | null>;
  /** Listens for the job's pushed progress; returns a function that stops. */
  listenForExports: () => () => void;
}

/** Writes text to the clipboard; falls back to a hidden text area where the async API is refused. */
async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}

/** The export slice. */
export const createExportSlice: SliceCreator<ExportSlice> =
  ({ api }) =>
  (set, get) => {
    // A short job can finish before its start is answered: its events wait here.
    let starting = false;
    const early = new Map<string, EventPayload<'export:finished'>>();

    const saveFirst = () => get().saveBefore('Save the story before exporting it.');

    return {
      exportDialog: null,
      exportJob: null,
      exportOutcome: null,
      replaceQuestion: null,

      openExport: (request) => set({ exportDialog: request }),
      closeExport: () => set({ exportDialog: null }),

      runExport: async (request, overwrite = false) => {
        if (get().exportJob) {
          get().notify('An export is already running.');
          return false;
        }
        if (!(await saveFirst())) return false;
        const { scope, format, inlineImages, destination } = request;
        starting = true;
        const res = await api['export:toFolder']({
          format,
          inlineImages,
          overwrite,
          ...(scope.kind === 'story' ? { ids: [scope.id] } : scope.kind === 'selected' ? { ids: scope.ids } : { status: scope.status }),
          ...(destination === undefined ? {} : { destination }),
        }).finally(() => {
          starting = false;
        });
        if (!res.ok) {
          get().notify(res.error.message);
          return false;
        }
        const answer = res.value;
        if (answer.kind === 'cancelled') return false;
        if (answer.kind === 'exists') {
          set({ replaceQuestion: { request: { ...request, destination: answer.destination }, files: answer.files, folder: answer.folder, destination: answer.destination } });
          return false;
        }
        const ended = early.get(answer.jobId);
        early.clear();
        if (ended) {
          const { jobId: _jobId, ...outcome } = ended;
          set({ exportJob: null, exportOutcome: { ...outcome, destination: answer.destination } });
          void get().refreshList();
          return true;
        }
        set((s) => ({
          exportOutcome: null,
          // Progress may already have arrived for this job; keep it.
          exportJob:
            s.exportJob?.jobId === answer.jobId
              ? { ...s.exportJob, folder: answer.folder, destination: answer.destination }
              : { jobId: answer.jobId, done: 0, total: answer.total, current: '', folder: answer.folder, destination: answer.destination, cancelling: false },
        }));
        return true;
      },

      answerReplace: async (replace) => {
        const question = get().replaceQuestion;
        set({ replaceQuestion: null });
        if (question && replace) await get().runExport(question.request, true);
      },

      cancelExport: async () => {
        const job = get().exportJob;
        if (!job) return;
        set({ exportJob: { ...job, cancelling: true } });
        await api['export:cancel']({ jobId: job.jobId });
      },

      dismissExportOutcome: () => set({ exportOutcome: null }),

      copyStoryHtml: async () => {
        const story = get().story;
        if (!story || !(await saveFirst())) return false;
        const res = await api['export:story']({ id: story.id, format: 'fragment' });
        if (!res.ok) {
          get().notify(res.error.message);
          return false;
        }
        const copied = await writeClipboard(res.value.text);
        get().notify(copied ? 'HTML copied to the clipboard.' : 'The clipboard could not be written.', copied ? 'info' : 'error');
        return copied;
      },

      reviewCopy: async () => {
        const story = get().story;
        if (!story || !(await saveFirst())) return null;
        const res = await api['export:reviewCopy']({ id: story.id });
        if (!res.ok) {
          get().notify(res.error.message);
          return null;
        }
        return res.value;
      },

      saveReviewCopy: async () => {
        const story = get().story;
        if (!story || !(await saveFirst())) return;
        const res = await api['export:saveReviewCopy']({ id: story.id });
        if (!res.ok) get().notify(res.error.message);
        else if (res.value.saved) get().notify(`Review copy saved as ${res.value.fileName}.`, 'info');
      },

      loadPageStylesheet: async () => {
        const res = await api['export:style']({});
        if (res.ok) return res.value.css;
        get().notify(`The page stylesheet cannot be used: ${res.error.message}`);
        return null;
      },

      listenForExports: () => {
        const progress = (p: EventPayload<'export:progress'>) => {
          const job = get().exportJob;
          if (job ? job.jobId !== p.jobId : !starting) return;
          set({
            exportJob: {
              jobId: p.jobId,
              done: p.done,
              total: p.total,
              current: p.current,
              folder: job?.folder ?? '',
              destination: job?.destination ?? '',
              cancelling: job?.cancelling ?? false,
            },
          });
        };
        const finished = (f: EventPayload<'export:finished'>) => {
          const job = get().exportJob;
          if (!job || job.jobId !== f.jobId || job.destination === '') {
            if (starting) early.set(f.jobId, f);
            if (!job || job.jobId !== f.jobId) return;
            // Progress arrived before the start was answered; the answer will settle it.
            set({ exportJob: null });
            return;
          }
          const { jobId: _jobId, ...outcome } = f;
          set({ exportJob: null, exportOutcome: { ...outcome, destination: job.destination } });
          void get().refreshList();
        };
        const stops = [api.on('export:progress', progress), api.on('export:finished', finished)];
        return () => stops.forEach((stop) => stop());
      },
    };
  };
