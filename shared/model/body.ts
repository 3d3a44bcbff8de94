import { z } from 'zod';

/** A run of text with its marks. */
export const textSchema = z.strictObject({
  text: z.string(),
  bold: z.literal(true).optional(),
  italic: z.literal(true).optional(),
  strikethrough: z.literal(true).optional(),
  /** Ids of the comments anchored to this run; the editor moves them with the text. */
  comments: z
    .array(z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/))
    .min(1)
    .max(100)
    .optional(),
  /** A pending tracked change on this run: inserted or deleted by someone, awaiting accept or reject. */
  suggestion: z
    .strictObject({
      id: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/),
      kind: z.enum(['insert', 'delete']),
      by: z.strictObject({ name: z.string().max(200), initials: z.string().max(8) }),
      at: z.iso.datetime({ offset: true }),
    })
    .optional(),
});
export type StyledText = z.infer<typeof textSchema>;
/** The tracked-change mark of a text run. */
export type SuggestionMark = NonNullable<StyledText['suggestion']>;

/** Absolute http, https or mailto URL; everything else is refused. */
export const safeUrlSchema = z
  .string()
  .max(2048)
  .refine((value) => isSafeUrl(value), { message: 'must be an absolute http, https or mailto URL' });

/** True when `value` parses as an absolute http:, https: or mailto: URL. */
export function isSafeUrl(value: string): boolean {
  if (value !== value.trim() || /[\u0000-\u001f\u007f]/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:';
  } catch {
    return false;
  }
}

const idSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, _ or -');

export const linkSchema = z.strictObject({
  type: z.literal('link'),
  url: safeUrlSchema,
  children: z.array(textSchema).min(1),
});

/** An inline quote tagged to a speaker of the story. */
export const inlineQuoteSchema = z.strictObject({
  type: z.literal('quote'),
  quoteId: idSchema,
  speakerId: idSchema.nullable(),
  /** The quoted words when tagged, to detect later edits (quote integrity). */
  taggedText: z.string().optional(),
  children: z.array(z.union([textSchema, linkSchema])).min(1),
});

export const inlineSchema = z.union([textSchema, linkSchema, inlineQuoteSchema]);
export type Inline = z.infer<typeof inlineSchema>;

const inlines = z.array(inlineSchema).min(1);
const voidChildren = z.array(textSchema).length(1);

const paragraphSchema = z.strictObject({ type: z.literal('paragraph'), children: inlines });
const headingSchema = z.strictObject({
  type: z.literal('heading'),
  level: z.union([z.literal(2), z.literal(3)]),
  children: inlines,
});
const listItemSchema = z.strictObject({ type: z.literal('list-item'), children: inlines });
const listSchema = z.strictObject({
  type: z.union([z.literal('bulleted-list'), z.literal('numbered-list')]),
  children: z.array(listItemSchema).min(1),
});
const blockQuoteSchema = z.strictObject({
  type: z.union([z.literal('block-quote'), z.literal('pull-quote')]),
  quoteId: idSchema.optional(),
  speakerId: idSchema.nullable().optional(),
  taggedText: z.string().optional(),
  children: inlines,
});
const imageSchema = z.strictObject({
  type: z.literal('image'),
  /** Path of the image inside the workspace's assets folder. */
  src: z
    .string()
    .max(512)
    .regex(/^assets\/[^/\\]+$/, 'must name a file in the workspace assets folder'),
  alt: z.string().max(2000),
  caption: z.string().max(4000),
  credit: z.string().max(500),
  children: voidChildren,
});
const dividerSchema = z.strictObject({ type: z.literal('divider'), children: voidChildren });
const relatedLinkSchema = z.strictObject({ title: z.string().max(500), url: safeUrlSchema });
const relatedLinksSchema = z.strictObject({
  type: z.literal('related-links'),
  title: z.string().max(200),
  items: z.array(relatedLinkSchema).max(50),
  children: voidChildren,
});
const embedSchema = z.strictObject({
  type: z.literal('embed'),
  url: safeUrlSchema,
  title: z.string().max(500),
  children: voidChildren,
});

/** Every block a story body can hold. */
export const blockSchema = z.discriminatedUnion('type', [
  paragraphSchema,
  headingSchema,
  listSchema,
  blockQuoteSchema,
  imageSchema,
  dividerSchema,
  relatedLinksSchema,
  embedSchema,
]);
export type Block = z.infer<typeof blockSchema>;
export type BlockType = Block['type'];
export type RelatedLink = z.infer<typeof relatedLinkSchema>;

/** The story body: at least one block. */
export const bodySchema = z.array(blockSchema).min(1).max(100_000);
