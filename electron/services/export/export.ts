import { mkdir, readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Article, Status } from '../../../shared/model/article';
import type { PageStyle } from '../../../shared/render/style';
import { ServiceError } from '../errors';
import { idFromFileName } from '../workspace/paths';
import type { WorkspaceStore } from '../workspace/types';
import { inlinesImages, type ExportFormat } from './formats';
import { imageSources } from '../../../shared/model/asset';
import { locateImage } from './images';
import { assignFileNames } from './names';
import { renderStory, type ImageMode, type RenderedStory } from './render';
import { workspaceStyle } from './theme';
import { copyExportFile, pathTaken, sameContent, writeExportFile } from './write';

/** How a batch export runs. */
export interface ExportOptions {
  /** Default `html`. */
  format?: ExportFormat;
  /** Default `copy`: images go to `assets/` in the export folder. */
  images?: ImageMode;
  /** Replace files already in the export folder (default: refuse, naming the first). */
  overwrite?: boolean;
  /** Called after each story is written or has failed. */
  onProgress?: (progress: ExportProgress) => void;
  /** Aborting stops before the next story; stories already written stay. */
  signal?: AbortSignal;
  /** Awaited before each story: lets a host pace a long job (tests use it to cancel one part-way). */
  pace?: () => Promise<void>;
  /** Only stories with this status; the others are left out (not counted). */
  status?: Status;
  /** Where the house stylesheet is (the packaged app keeps it elsewhere). */
  houseStylesheetPath?: string;
}

/** Where a batch export has got to. */
export interface ExportProgress {
  done: number;
  total: number;
  id: string;
  /** The file written, or null when this story failed. */
  file: string | null;
  error?: string;
}

/** What a batch export did. */
export interface ExportReport {
  folder: string;
  total: number;
  written: { id: string; file: string }[];
  failed: { id: string; message: string }[];
  cancelled: boolean;
}

function messageOf(err: unknown): string {
  if (err instanceof ServiceError) return err.message;
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? `file system error ${code}` : 'unexpected error';
}

/**
 * Ids of every story file in the workspace, in name order. Read from the folder listing
 * (not `store.list()`, which also counts words in every story).
 */
export async function workspaceStoryIds(store: WorkspaceStore): Promise<string[]> {
  const names = await readdir(store.root);
  return names
    .map((name) => idFromFileName(name.normalize('NFC')))
    .filter((id): id is string => id !== null)
    .sort();
}

/** Writes one rendered story to `path` and its images to `assets/` beside it. */
export async function writeRenderedStory(path: string, rendered: RenderedStory, overwrite: boolean): Promise<void> {
  if (rendered.images.length > 0) {
    const assets = join(dirname(path), 'assets');
    await mkdir(assets, { recursive: true });
    for (const image of rendered.images) await copyExportFile(image.path, join(assets, basename(image.path)), overwrite);
  }
  await writeExportFile(path, rendered.text, overwrite);
}

/** One story of an export and the file it goes to (relative to the export folder). */
export interface PlannedStory {
  id: string;
  article: Article;
  file: string;
}

/** An export worked out but not yet written: which stories go to which files. */
export interface ExportPlan {
  folder: string;
  format: ExportFormat;
  images: ImageMode;
  style: PageStyle | null;
  items: PlannedStory[];
  /** Stories that could not be read; reported as failures when the plan runs. */
  unreadable: { id: string; message: string }[];
  /** Stories counted: readable ones of the wanted status, plus unreadable ones. */
  total: number;
  /** True when the signal aborted while reading. */
  cancelled: boolean;
}

/**
 * Reads the stories and names their files (`slug.ext`, `slug-2.ext`…), writing nothing.
 * With `status`, other stories are left out. Aborting stops the reading (`cancelled`).
 */
export async function planExport(
  store: WorkspaceStore,
  ids: readonly string[],
  folder: string,
  options: Pick<ExportOptions, 'format' | 'images' | 'signal' | 'status' | 'houseStylesheetPath'> = {},
): Promise<ExportPlan> {
  const format = options.format ?? 'html';
  const images = options.images ?? 'copy';
  const style: PageStyle | null = format === 'html' ? await workspaceStyle(store.root, options.houseStylesheetPath) : null;
  const readable: { id: string; article: Article }[] = [];
  const unreadable: { id: string; message: string }[] = [];
  const plan: ExportPlan = { folder, format, images, style, items: [], unreadable, total: 0, cancelled: false };
  for (const id of ids) {
    if (options.signal?.aborted === true) return { ...plan, total: ids.length, cancelled: true };
    try {
      const { article } = await store.read(id);
      if (options.status === undefined || article.metadata.status === options.status) readable.push({ id, article });
    } catch (err) {
      unreadable.push({ id, message: messageOf(err) });
    }
  }
  const names = assignFileNames(
    readable.map((r) => r.article),
    format,
  );
  plan.items = readable.map((r, i) => ({ ...r, file: names[i]! }));
  plan.total = readable.length + unreadable.length;
  return plan;
}

/** True when the plan's images are copied as files (never for inlined html, fragment or md). */
function copiesImages(plan: ExportPlan): boolean {
  return !inlinesImages(plan.format, plan.images);
}

/**
 * Files of the plan already present in its folder, relative to it (`a.html`, `assets/p.png`);
 * an image identical to the one that would be copied does not count.
 */
export async function existingFiles(root: string, plan: ExportPlan): Promise<string[]> {
  const taken: string[] = [];
  for (const item of plan.items) if (await pathTaken(join(plan.folder, item.file))) taken.push(item.file);
  if (!copiesImages(plan)) return taken;
  const seen = new Set<string>();
  for (const item of plan.items) {
    for (const src of imageSources(item.article)) {
      if (seen.has(src)) continue;
      seen.add(src);
      const target = join(plan.folder, src);
      if (!(await pathTaken(target))) continue;
      const image = await locateImage(root, src).catch(() => null);
      if (image === null || !(await sameContent(image.path, target).catch(() => false))) taken.push(src);
    }
  }
  return taken;
}

/**
 * Writes a plan: unreadable stories are reported first, then each story is rendered and
 * written. Replaces files only with `overwrite` (check `existingFiles` first). Aborting
 * stops before the next story; what was written stays.
 */
export async function runExport(
  store: WorkspaceStore,
  plan: ExportPlan,
  options: Pick<ExportOptions, 'overwrite' | 'onProgress' | 'signal' | 'pace'> = {},
): Promise<ExportReport> {
  const overwrite = options.overwrite ?? false;
  const report: ExportReport = { folder: plan.folder, total: plan.total, written: [], failed: [], cancelled: plan.cancelled };
  if (plan.cancelled || plan.total === 0) return report;
  let done = 0;
  const fail = (id: string, message: string) => {
    report.failed.push({ id, message });
    options.onProgress?.({ done: ++done, total: report.total, id, file: null, error: message });
  };
  await mkdir(plan.folder, { recursive: true });
  for (const { id, message } of plan.unreadable) fail(id, message);
  for (const item of plan.items) {
    await options.pace?.();
    if (options.signal?.aborted === true) {
      report.cancelled = true;
      break;
    }
    const path = join(plan.folder, item.file);
    try {
      const rendered = await renderStory(item.article, { format: plan.format, root: store.root, images: plan.images, style: plan.style });
      await writeRenderedStory(path, rendered, overwrite);
      report.written.push({ id: item.id, file: path });
      options.onProgress?.({ done: ++done, total: report.total, id: item.id, file: path });
    } catch (err) {
      fail(item.id, messageOf(err));
    }
  }
  return report;
}

/**
 * Exports stories of a workspace to a folder, one file each, named from their slugs
 * (`slug.html`, `slug-2.html` for a second story with that slug). Nothing is overwritten
 * unless `overwrite`: a name already taken fails the whole export before anything is written,
 * with ServiceError('exists') naming the file. A story that cannot be read or rendered
 * (a missing image, say) is reported and skipped. With `status`, other stories are left out.
 * Aborting stops before the next story; what was written stays.
 */
export async function exportStories(
  store: WorkspaceStore,
  ids: readonly string[],
  folder: string,
  options: ExportOptions = {},
): Promise<ExportReport> {
  const plan = await planExport(store, ids, folder, options);
  if (plan.cancelled || plan.total === 0) return runExport(store, plan, options);
  await mkdir(folder, { recursive: true });
  if (!(options.overwrite ?? false)) {
    const taken = await existingFiles(store.root, plan);
    if (taken.length > 0) {
      const more = taken.length > 1 ? ` (and ${taken.length - 1} more)` : '';
      throw new ServiceError('exists', `${taken[0]} already exists in the export folder${more}.`);
    }
  }
  return runExport(store, plan, options);
}
