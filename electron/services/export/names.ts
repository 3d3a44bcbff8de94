import { slugify } from '../../../shared/util/slug';
import type { Article } from '../../../shared/model/article';
import { FORMAT_EXTENSION, type ExportFormat } from './formats';

// Names Windows refuses for a file whatever the extension.
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** The base file name of a story's export: its slug (or headline) as a safe slug. */
export function exportBaseName(article: Article): string {
  const m = article.metadata;
  const base = slugify(m.slug.trim() !== '' ? m.slug : m.headline);
  return RESERVED.test(base) ? `${base}-story` : base;
}

/** Gives each story a file name of its own: `slug.ext`, then `slug-2.ext`, … (case-insensitively distinct). */
export function assignFileNames(articles: readonly Article[], format: ExportFormat): string[] {
  const taken = new Set<string>();
  return articles.map((article) => {
    const base = exportBaseName(article);
    let name = base + FORMAT_EXTENSION[format];
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}${FORMAT_EXTENSION[format]}`;
    taken.add(name.toLowerCase());
    return name;
  });
}
