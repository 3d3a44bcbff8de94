import type { Person } from '../../../shared/model/article';
import type { WorkspaceStore } from '../workspace/types';
import type { ExportFormat } from './formats';

/** Who the status log names when the settings hold no author name. */
export const FALLBACK_PUBLISHER: Person = { name: 'Copydesk', initials: '' };

/** True for the formats that publish a story: the HTML page and the HTML fragment. */
export function publishes(format: ExportFormat): boolean {
  return format === 'html' || format === 'fragment';
}

/** The author from the settings, or FALLBACK_PUBLISHER when no name is set. */
function publisher(author: Person | undefined): Person {
  const name = author?.name.trim() ?? '';
  return name === '' ? FALLBACK_PUBLISHER : { name, initials: author?.initials.trim() ?? '' };
}

/**
 * Sets status "published" on each story through the normal save (read, change, save with
 * the hash just read), so a story changed meanwhile is left alone, and records the move in
 * its status log. `updatedAt` stays as it was: the status is workflow, not an edit of the
 * text. Exporting publishes whatever the status was, so the Approved gate of a manual
 * status change does not apply here. Returns the ids it changed.
 */
export async function markPublished(store: WorkspaceStore, ids: readonly string[], by: Person = FALLBACK_PUBLISHER, now: Date = new Date()): Promise<string[]> {
  const changed: string[] = [];
  const entry = { status: 'published' as const, at: now.toISOString(), by: publisher(by) };
  for (const id of ids) {
    try {
      const { article, hash } = await store.read(id);
      if (article.metadata.status === 'published') continue;
      const next = { ...article, metadata: { ...article.metadata, status: 'published' as const }, statusLog: [...article.statusLog, entry] };
      const result = await store.save(id, next, hash);
      if (result.kind === 'saved') changed.push(id);
    } catch {
      // A story that cannot be read or saved now simply keeps its status.
    }
  }
  return changed;
}
