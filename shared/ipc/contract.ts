import { z } from 'zod';
import { articleSchema, statusSchema } from '../model/article';
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

const none = z.strictObject({});

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
  'menu:openRecent': z.strictObject({ key: z.string().max(200) }),
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
