import { z } from 'zod';
import { articleSchema, metadataSchema, personSchema, statusSchema } from '../model/article';
import { retentionSettingsSchema, SNAPSHOT_REASONS, versionEntrySchema } from '../model/version';
import { assetSrcSchema, assetUploadSchema } from '../model/asset';
import { DEFAULT_HEADLINE_LIMIT } from '../checks/defaults';
import { DEFAULT_WORDS_PER_MINUTE } from '../text/count';
import type { Result } from './result';

/** The id of a story: its file name inside the workspace, without the extension. */
export const articleIdSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((s) => !/[/\\\u0000-\u001f]/.test(s) && !s.startsWith('.') && s === s.trim(), {
    message: 'must be a story id, not a path',
  });

const hashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 hex digest');

/** One row of the library: a readable story, or a file with the reason it cannot be read. `file` is the file name only. */
export const articleSummarySchema = z.union([
  z.strictObject({
    id: z.string(),
    file: z.string(),
    headline: z.string(),
    section: z.string(),
    status: statusSchema,
    updatedAt: z.string(),
    wordCount: z.number().int().min(0),
  }),
  z.strictObject({ id: z.string(), file: z.string(), error: z.string() }),
]);
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

/** A story as read from disk, with the hash that a later save must name. */
export const openedArticleSchema = z.strictObject({ id: z.string(), hash: hashSchema, article: articleSchema });
export type OpenedArticle = z.infer<typeof openedArticleSchema>;

export const saveResultSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('saved'), hash: hashSchema }),
  z.strictObject({ kind: z.literal('conflict'), diskHash: hashSchema.nullable() }),
]);
export type SaveResult = z.infer<typeof saveResultSchema>;

export const workspaceInfoSchema = z.strictObject({
  name: z.string(),
  path: z.string(),
  recent: z.array(z.strictObject({ key: z.string(), name: z.string(), path: z.string() })),
  /** True in the desktop app, which has folder and save dialogs; false over the web transport. */
  canChooseFolder: z.boolean(),
});
export type WorkspaceInfo = z.infer<typeof workspaceInfoSchema>;

export const trashEntrySchema = z.strictObject({
  trashId: z.string(),
  file: z.string(),
  headline: z.string(),
  trashedAt: z.string(),
});
export type TrashEntry = z.infer<typeof trashEntrySchema>;

/** Editor preferences the window reads and changes: the newsroom's headline limit and reading speed. */
export const editorSettingsSchema = z.strictObject({
  headlineLimit: z.number().int().min(10).max(300),
  wordsPerMinute: z.number().int().min(60).max(1000),
});
export type EditorSettings = z.infer<typeof editorSettingsSchema>;

/** Editor preferences before anyone changes them: a 70-character headline, 230 words a minute. */
export const DEFAULT_EDITOR_SETTINGS: EditorSettings = { headlineLimit: DEFAULT_HEADLINE_LIMIT, wordsPerMinute: DEFAULT_WORDS_PER_MINUTE };

/** Unsaved edits kept outside the story file, offered back after a crash. */
export const backupSchema = z.strictObject({
  id: articleIdSchema,
  /** Hash of the file the edits were made on (null: a story never saved). */
  baseHash: hashSchema.nullable(),
  savedAt: z.iso.datetime({ offset: true }),
  article: articleSchema,
});
export type Backup = z.infer<typeof backupSchema>;

/** One backup, without its article, for listing at start-up. */
export const backupSummarySchema = z.strictObject({
  id: z.string(),
  baseHash: hashSchema.nullable(),
  savedAt: z.string(),
  headline: z.string(),
});
export type BackupSummary = z.infer<typeof backupSummarySchema>;

const none = z.strictObject({});

/** The formats a story exports to (see electron/services/export/formats.ts). */
export const exportFormatSchema = z.enum(['html', 'fragment', 'ninjs', 'nitf', 'md']);
export type ExportFormatName = z.infer<typeof exportFormatSchema>;

/** An opaque key for an export folder main chose earlier; paths never travel from the renderer. */
const exportDestinationSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be an export destination key');

/** The answer to starting a folder export: started, stopped by a name clash, or the folder dialog cancelled. */
export const exportStartSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('started'), jobId: z.string(), total: z.number().int().min(0), folder: z.string(), destination: z.string() }),
  /** Files (relative to the folder) that would be replaced; ask, then retry with `overwrite` and this destination. */
  z.strictObject({ kind: z.literal('exists'), files: z.array(z.string()), folder: z.string(), destination: z.string() }),
  z.strictObject({ kind: z.literal('cancelled') }),
]);
export type ExportStart = z.infer<typeof exportStartSchema>;

/** Every channel between the renderer and main, once: `domain:verb` → argument and result schemas. */
export const contract = {
  'workspace:info': { args: none, result: workspaceInfoSchema },
  'workspace:choose': { args: none, result: workspaceInfoSchema.nullable() },
  'workspace:openRecent': { args: z.strictObject({ key: z.string().max(200) }), result: workspaceInfoSchema },
  'article:list': { args: none, result: z.array(articleSummarySchema) },
  'article:open': { args: z.strictObject({ id: articleIdSchema }), result: openedArticleSchema },
  'article:create': {
    args: z.strictObject({ headline: z.string().max(1000), section: z.string().max(200).optional() }),
    result: z.strictObject({ id: z.string() }),
  },
  'article:save': {
    args: z.strictObject({ id: articleIdSchema, baseHash: hashSchema.nullable(), article: articleSchema }),
    result: saveResultSchema,
  },
  'article:trash': { args: z.strictObject({ id: articleIdSchema }), result: z.strictObject({ trashId: z.string() }) },
  'trash:list': { args: none, result: z.array(trashEntrySchema) },
  'trash:restore': {
    args: z.strictObject({
      trashId: z
        .string()
        .min(1)
        .max(300)
        .refine((s) => !/[/\\\u0000-\u001f]/.test(s) && !s.startsWith('.'), { message: 'must be a trash id' }),
    }),
    result: z.strictObject({ id: z.string() }),
  },
  /** Copies a picked image (PNG, JPEG, GIF or WebP, at most 15 MB) into the workspace's assets folder under a new name. */
  'asset:add': { args: assetUploadSchema, result: z.strictObject({ src: assetSrcSchema }) },
  /** An image of the workspace's assets folder as a `data:` URL, for showing it in the editor. */
  'asset:read': { args: z.strictObject({ src: assetSrcSchema }), result: z.strictObject({ dataUrl: z.string() }) },
  'settings:get': { args: none, result: editorSettingsSchema },
  'settings:update': { args: editorSettingsSchema.partial(), result: editorSettingsSchema },
  /** Who you are on this machine: recorded on comments, status changes and versions. */
  'settings:author': { args: none, result: personSchema },
  'settings:setAuthor': {
    args: z.strictObject({ name: z.string().trim().max(200), initials: z.string().trim().max(8) }),
    result: personSchema,
  },
  /** How long the open workspace keeps versions. */
  'history:retention': { args: none, result: retentionSettingsSchema },
  /** Sets how long the open workspace keeps versions; each story's next version applies it. */
  'history:setRetention': { args: retentionSettingsSchema, result: retentionSettingsSchema },
  /** The versions of a story, oldest first, from the workspace's history folder. */
  'history:list': { args: z.strictObject({ uid: articleSchema.shape.uid }), result: z.array(versionEntrySchema) },
  /** The story as it was at one version. */
  'history:read': {
    args: z.strictObject({ uid: articleSchema.shape.uid, versionId: versionEntrySchema.shape.id }),
    result: articleSchema,
  },
  /** Records the story file as it is on disk now as a version, by you; the latest version when nothing changed. */
  'history:snapshot': {
    args: z.strictObject({
      id: articleIdSchema,
      reason: z.enum(SNAPSHOT_REASONS),
      restoredFrom: z.number().int().min(1).optional(),
    }),
    result: z.strictObject({ created: z.boolean(), entry: versionEntrySchema }),
  },
  'backup:write': {
    args: z.strictObject({ id: articleIdSchema, baseHash: hashSchema.nullable(), article: articleSchema }),
    result: z.strictObject({ savedAt: z.string() }),
  },
  'backup:list': { args: none, result: z.array(backupSummarySchema) },
  'backup:read': { args: z.strictObject({ id: articleIdSchema }), result: backupSchema.nullable() },
  'backup:discard': { args: z.strictObject({ id: articleIdSchema }), result: z.strictObject({ discarded: z.boolean() }) },
  /** The story's language; answers the dictionaries now in use (none when there is no dictionary or no checker). */
  'spellcheck:setLanguage': {
    args: z.strictObject({ language: metadataSchema.shape.language }),
    result: z.strictObject({ languages: z.array(z.string()) }),
  },
  /** The window has saved (or backed up) everything after `app:beforeQuit` and may close. */
  'app:readyToQuit': { args: none, result: z.strictObject({}) },
  /** One story rendered in main from the file on disk (never from the window's buffer). */
  'export:story': {
    args: z.strictObject({ id: articleIdSchema, format: exportFormatSchema, inlineImages: z.boolean().optional() }),
    result: z.strictObject({ text: z.string(), fileName: z.string() }),
  },
  /** A printable HTML review copy of one story, with comments and pending suggestions, rendered in main from disk. */
  'export:reviewCopy': {
    args: z.strictObject({ id: articleIdSchema }),
    result: z.strictObject({ text: z.string(), fileName: z.string() }),
  },
  /** Saves the review copy where the user picks in a save dialog (desktop only); `saved` is false when they cancel. */
  'export:saveReviewCopy': {
    args: z.strictObject({ id: articleIdSchema }),
    result: z.strictObject({ saved: z.boolean(), fileName: z.string() }),
  },
  /** The page stylesheet of the open workspace (its theme, else the house style), for the preview. */
  'export:style': { args: none, result: z.strictObject({ css: z.string() }) },
  /**
   * Exports stories (`ids`, else all; only `status` when given) to a folder main picks: a dialog in the
   * desktop app, `<workspace>/exports/<date-time>/` elsewhere, or an earlier `destination`.
   * Progress and the outcome arrive as `export:progress` and `export:finished`.
   */
  'export:toFolder': {
    args: z.strictObject({
      ids: z.array(articleIdSchema).max(100_000).optional(),
      status: statusSchema.optional(),
      format: exportFormatSchema,
      inlineImages: z.boolean().optional(),
      overwrite: z.boolean().optional(),
      destination: exportDestinationSchema.optional(),
    }),
    result: exportStartSchema,
  },
  'export:cancel': { args: z.strictObject({ jobId: z.string().max(100) }), result: z.strictObject({ cancelled: z.boolean() }) },
} as const;

/** Events main pushes to the renderer. */
export const events = {
  'workspace:changed': z.strictObject({
    changes: z.array(
      z.strictObject({ id: z.string(), kind: z.enum(['added', 'changed', 'removed']), hash: hashSchema.nullable() }),
    ),
  }),
  'workspace:switched': workspaceInfoSchema,
  /** App menu choices; the renderer acts on them so that unsaved edits are never dropped behind its back. */
  'menu:newStory': z.strictObject({}),
  'menu:openWorkspace': z.strictObject({}),
  'menu:settings': z.strictObject({}),
  /** Edit › Undo and Redo: the page undoes in the story's own history, or natively elsewhere. */
  'menu:undo': z.strictObject({}),
  'menu:redo': z.strictObject({}),
  /** Edit › Select All (menu or right-click): the page selects the whole story in the body, natively elsewhere. */
  'menu:selectAll': z.strictObject({}),
  'menu:openRecent': z.strictObject({ key: z.string().max(200) }),
  /** The window is closing: save or back up, then answer with `app:readyToQuit`. */
  'app:beforeQuit': z.strictObject({}),
  /** A folder export wrote (or failed) one more story; `current` is the file written or the story that failed. */
  'export:progress': z.strictObject({ jobId: z.string(), done: z.number(), total: z.number(), current: z.string() }),
  /** A folder export ended: file names written, stories not reached, failures, and stories now marked published. */
  'export:finished': z.strictObject({
    jobId: z.string(),
    folder: z.string(),
    written: z.array(z.string()),
    skipped: z.number(),
    errors: z.array(z.strictObject({ id: z.string(), message: z.string() })),
    cancelled: z.boolean(),
    published: z.array(z.string()),
  }),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ArgsOf<C extends Channel> = z.input<Contract[C]['args']>;
export type ResultOf<C extends Channel> = z.output<Contract[C]['result']>;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

/** The API the renderer sees: one named async function per channel. */
export type CopydeskApi = { [C in Channel]: (args: ArgsOf<C>) => Promise<Result<ResultOf<C>>> };

/** What main implements: one handler per channel, given parsed arguments. */
export type Handlers = { [C in Channel]: (args: z.output<Contract[C]['args']>) => Promise<ResultOf<C>> };

/** Receives pushed events; returns a function that stops listening. */
export type Subscribe = <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => () => void;

/** Every channel name, for transports that register them one by one. */
export const CHANNELS = Object.keys(contract) as Channel[];
export const EVENT_NAMES = Object.keys(events) as EventName[];

/** True when `name` is a channel of the contract. */
export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** What the preload puts on `window`: the API plus a way to hear pushed events. */
export type CopydeskBridge = CopydeskApi & { on: Subscribe };

/** The global the preload exposes the bridge under. */
export const BRIDGE_KEY = 'copydesk';

/** The one fixed channel main uses to push events to the window. */
export const EVENT_CHANNEL = 'copydesk:event';
