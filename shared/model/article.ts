import { z } from 'zod';
import { bodySchema } from './body';

/** The file format version this build writes. */
export const CURRENT_SCHEMA_VERSION = 2;

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, _ or -');
const isoDate = z.iso.datetime({ offset: true });
const person = z.strictObject({ name: z.string().max(200), initials: z.string().max(8) });

/** Workflow states a story moves through, in order. */
export const STATUSES = ['draft', 'ready-for-edit', 'edited', 'approved', 'published'] as const;
export const statusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof statusSchema>;

export const bylineSchema = z.strictObject({ name: z.string().max(200), role: z.string().max(200) });

/** Everything above the body. */
export const metadataSchema = z.strictObject({
  section: z.string().max(200),
  headline: z.string().max(1000),
  socialHeadline: z.string().max(1000),
  standfirst: z.string().max(5000),
  bylines: z.array(bylineSchema).max(20),
  dateline: z.strictObject({ place: z.string().max(200), date: z.string().max(40) }),
  slug: z.string().max(200),
  tags: z.array(z.string().max(100)).max(100),
  language: z.string().min(2).max(35).regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a language tag such as en or ar'),
  direction: z.enum(['ltr', 'rtl']),
  status: statusSchema,
  targetWords: z.number().int().min(0).max(1_000_000).nullable(),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type Metadata = z.infer<typeof metadataSchema>;

/** A person quoted in the story. */
export const speakerSchema = z.strictObject({
  id,
  fullName: z.string().max(200),
  shortName: z.string().max(200),
  role: z.string().max(200),
  organisation: z.string().max(200),
  pronoun: z.enum(['he', 'she', 'they', '']),
  gender: z.string().max(50).optional(),
  affiliationType: z.string().max(50).optional(),
});
export type Speaker = z.infer<typeof speakerSchema>;

/** An editor's comment anchored to a text range of the body. */
export const commentSchema = z.strictObject({
  id,
  author: person,
  createdAt: isoDate,
  text: z.string().max(10_000),
  resolved: z.boolean(),
  anchorText: z.string().max(10_000),
  replies: z
    .array(z.strictObject({ id, author: person, createdAt: isoDate, text: z.string().max(10_000) }))
    .max(1000),
});
export type Comment = z.infer<typeof commentSchema>;

/** A pending tracked change. */
export const suggestionSchema = z.strictObject({
  id,
  kind: z.enum(['insert', 'delete']),
  author: person,
  createdAt: isoDate,
  text: z.string().max(100_000),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

/** Who did something to a story: a name and initials, from the settings of their machine. */
export const personSchema = person;
export type Person = z.infer<typeof personSchema>;

/** One move of the story's status: to what, when, by whom, and the reason when checks were overridden. */
export const statusLogEntrySchema = z.strictObject({
  status: statusSchema,
  at: isoDate,
  by: person,
  note: z.string().max(5000).optional(),
});
export type StatusLogEntry = z.infer<typeof statusLogEntrySchema>;

/** A story as stored in one file; the current schema version. */
export const articleSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  uid: id,
  metadata: metadataSchema,
  speakers: z.array(speakerSchema).max(500),
  body: bodySchema,
  comments: z.array(commentSchema).max(10_000),
  suggestions: z.array(suggestionSchema).max(10_000),
  /** Every status change, oldest first. */
  statusLog: z.array(statusLogEntrySchema).max(10_000),
});
export type Article = z.infer<typeof articleSchema>;
