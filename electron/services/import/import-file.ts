import { basename, extname } from 'node:path';
import { articleSchema, type Article } from '../../../shared/model/article';
import { createArticle } from '../../../shared/model/factory';
import type { ImportedStory } from '../../../shared/model/import-story';
import { parseMarkdownStory } from '../../../shared/model/import-markdown';
import { parsePlainTextStory } from '../../../shared/model/import-text';
import { describeIssues, MAX_ARTICLE_BYTES } from '../../../shared/model/serialize';
import { ServiceError } from '../errors';
import { readTextFile } from './read-text-file';

/** The kinds of file a story can be imported from. */
export type ImportFormat = 'text' | 'markdown';

const FORMATS: Record<string, ImportFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
};

/** Extensions `importStoryFile` accepts, for messages. */
export const IMPORT_EXTENSIONS = Object.keys(FORMATS);

/** The import format a file name implies, or null when it is not one we read. */
export function importFormatOf(file: string): ImportFormat | null {
  return FORMATS[extname(file).toLowerCase()] ?? null;
}

/** A headline made from a file name, for texts that do not state one. */
export function headlineFromFileName(file: string): string {
  const stem = basename(file).replace(/\.[^.]+$/, '');
  return stem.replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 1000);
}

/** Builds a valid story from imported text; `fallbackHeadline` stands in when the text has none. */
export function importStoryText(
  text: string,
  format: ImportFormat,
  options: { fallbackHeadline?: string; now?: Date } = {},
): Article {
  if (text.includes('\u0000')) throw new ServiceError('invalid-file', 'not a text file');
  if (text.trim() === '') throw new ServiceError('invalid-file', 'the file is empty');
  const story: ImportedStory = format === 'markdown' ? parseMarkdownStory(text) : parsePlainTextStory(text);
  const article = createArticle({
    headline: story.headline || options.fallbackHeadline || '',
    section: story.section,
    body: story.body,
    language: story.language,
    direction: story.direction,
    now: options.now,
  });
  const checked = articleSchema.safeParse(article);
  if (!checked.success) throw new ServiceError('invalid-file', `cannot import: ${describeIssues(checked.error)}`);
  return checked.data;
}

/** Reads a .txt or .md file and turns it into a new story (not yet saved anywhere). */
export async function importStoryFile(file: string, options: { now?: Date } = {}): Promise<Article> {
  const format = importFormatOf(file);
  if (!format) {
    throw new ServiceError('unsupported', `cannot import this kind of file (use ${IMPORT_EXTENSIONS.join(', ')})`);
  }
  const text = await readTextFile(file, MAX_ARTICLE_BYTES);
  return importStoryText(text, format, { fallbackHeadline: headlineFromFileName(file), now: options.now });
}
