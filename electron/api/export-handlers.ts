import { randomBytes } from 'node:crypto';
import { basename, extname, relative, sep } from 'node:path';
import { isInside } from '../services/workspace/paths';
import type { Handlers } from '../../shared/ipc/contract';
import type { Article } from '../../shared/model/article';
import { renderReviewCopy } from '../../shared/render/review-copy';
import { ServiceError } from '../services/errors';
import { existingFiles, planExport, runExport, workspaceStoryIds } from '../services/export/export';
import { workspaceExportFolder } from '../services/export/folders';
import { ExportJobs } from '../services/export/jobs';
import { assignFileNames, exportBaseName } from '../services/export/names';
import { markPublished, publishes } from '../services/export/publish';
import { renderStory } from '../services/export/render';
import { workspaceStyle } from '../services/export/theme';
import { writeFileAtomic } from '../services/workspace/atomic-write';
import type { Session } from './session';

type ExportChannels = 'export:story' | 'export:reviewCopy' | 'export:saveReviewCopy' | 'export:style' | 'export:toFolder' | 'export:cancel';

/** Progress events are spaced at least this far apart (the last one always goes). */
const PROGRESS_INTERVAL_MS = 50;

/** How many chosen export folders are remembered for "export again to the same folder". */
const REMEMBERED_FOLDERS = 20;

/** The folder as the user should read it: relative inside the workspace, else the full path. */
function displayFolder(root: string, folder: string): string {
  return isInside(root, folder) ? relative(root, folder).split(sep).join('/') : folder;
}

/**
 * The export channels: everything is read from disk and rendered here, never taken from the
 * window. Folder exports run as jobs that push `export:progress` and `export:finished`.
 */
export function createExportHandlers(session: Session): Pick<Handlers, ExportChannels> {
  const jobs = new ExportJobs();
  // Destination keys stand for folders main chose, so the window never sends a path.
  const destinations = new Map<string, string>();

  const remember = (folder: string): string => {
    for (const [key, value] of destinations) if (value === folder) return key;
    const key = randomBytes(16).toString('base64url');
    destinations.set(key, folder);
    while (destinations.size > REMEMBERED_FOLDERS) destinations.delete(destinations.keys().next().value!);
    return key;
  };

  const pickFolder = async (root: string, destination: string | undefined): Promise<string | null> => {
    if (destination !== undefined) {
      const folder = destinations.get(destination);
      if (folder === undefined) throw new ServiceError('not-found', 'That export folder is no longer known. Choose it again.');
      return folder;
    }
    if (session.options.chooseExportFolder) return session.options.chooseExportFolder();
    return workspaceExportFolder(root);
  };

  return {
    'export:story': async ({ id, format, inlineImages }) => {
      const store = session.store;
      const { article } = await store.read(id);
      const style = format === 'html' ? await workspaceStyle(store.root) : null;
      const rendered = await renderStory(article, { format, root: store.root, images: inlineImages ? 'inline' : 'copy', style });
      return { text: rendered.text, fileName: assignFileNames([article], format)[0]! };
    },

    'export:reviewCopy': async ({ id }) => {
      const { article } = await session.store.read(id);
      return { text: renderReviewCopy(article), fileName: reviewCopyName(article) };
    },

    'export:saveReviewCopy': async ({ id }) => {
      const choose = session.options.chooseSaveFile;
      if (!choose) throw new ServiceError('unsupported', 'Saving a file needs the desktop app.');
      const { article } = await session.store.read(id);
      const fileName = reviewCopyName(article);
      const chosen = await choose(fileName);
      if (!chosen) return { saved: false, fileName };
      // Some save dialogs leave the extension off when the name is typed without it.
      const path = extname(chosen) === '' ? `${chosen}.html` : chosen;
      try {
        await writeFileAtomic(path, renderReviewCopy(article));
      } catch (err) {
        const reason = (err as NodeJS.ErrnoException).code ?? 'unknown error';
        throw new ServiceError('io', `The review copy could not be saved as ${basename(path)} (${reason}).`);
      }
      return { saved: true, fileName: basename(path) };
    },

    'export:style': async () => ({ css: (await workspaceStyle(session.store.root)).css }),

    'export:toFolder': async ({ ids, status, format, inlineImages, overwrite, destination }) => {
      jobs.ensureRoom();
      const store = session.store;
      const folder = await pickFolder(store.root, destination);
      if (folder === null) return { kind: 'cancelled' as const };
      const key = remember(folder);
      const shown = displayFolder(store.root, folder);
      const wanted = ids ?? (await workspaceStoryIds(store));
      const plan = await planExport(store, wanted, folder, { format, status, images: inlineImages ? 'inline' : 'copy' });
      if (!overwrite) {
        const files = await existingFiles(store.root, plan);
        if (files.length > 0) return { kind: 'exists' as const, files, folder: shown, destination: key };
      }
      const jobId = jobs.start(async (signal, id) => {
        let errors: { id: string; message: string }[] = [];
        let written: string[] = [];
        let skipped = 0;
        let cancelled = false;
        let published: string[] = [];
        let lastProgress = 0;
        try {
          const report = await runExport(store, plan, {
            overwrite: overwrite ?? false,
            signal,
            ...(session.options.exportPace ? { pace: session.options.exportPace } : {}),
            onProgress: (p) => {
              const now = Date.now();
              if (p.done < p.total && now - lastProgress < PROGRESS_INTERVAL_MS) return;
              lastProgress = now;
              session.emit('export:progress', { jobId: id, done: p.done, total: p.total, current: p.file === null ? p.id : basename(p.file) });
            },
          });
          written = report.written.map((w) => basename(w.file));
          errors = report.failed;
          cancelled = report.cancelled;
          skipped = report.total - report.written.length - report.failed.length;
          if (publishes(format) && report.written.length > 0) {
            session.emit('export:progress', { jobId: id, done: report.written.length + report.failed.length, total: report.total, current: 'Marking stories published…' });
            const { author } = await session.options.settings.get();
            published = await markPublished(store, report.written.map((w) => w.id), author);
          }
        } catch (err) {
          const message = err instanceof ServiceError ? err.message : 'The export folder could not be written.';
          errors = [...errors, { id: '', message }];
          skipped = plan.total - written.length;
        }
        session.emit('export:finished', { jobId: id, folder: shown, written, skipped, errors, cancelled, published });
      });
      return { kind: 'started' as const, jobId, total: plan.total, folder: shown, destination: key };
    },

    'export:cancel': ({ jobId }) => Promise.resolve({ cancelled: jobs.cancel(jobId) }),
  };
}

/** The review copy's file name: the story's slug, marked as for review. */
function reviewCopyName(article: Article): string {
  return `${exportBaseName(article)}-review.html`;
}
