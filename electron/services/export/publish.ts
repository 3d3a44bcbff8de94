import type { WorkspaceStore } from '../workspace/types';
import type { ExportFormat } from './formats';

/** True for the formats that publish a story: the HTML page and the HTML fragment. */
export function publishes(format: ExportFormat): boolean {
  return format === 'html' || format === 'fragment';
}

/**
 * Sets status "published" on each story through the normal save (read, change, save with
 * the hash just read), so a story changed meanwhile is left alone. `updatedAt` stays as it
 * was: the status is workflow, not an edit of the text. Returns the ids it changed.
 */
export async function markPublished(store: WorkspaceStore, ids: readonly string[]): Promise<string[]> {
  const changed: string[] = [];
  for (const id of ids) {
    try {
      const { article, hash } = await store.read(id);
      if (article.metadata.status === 'published') continue;
      const result = await store.save(id, { ...article, metadata: { ...article.metadata, status: 'published' } }, hash);
      if (result.kind === 'saved') changed.push(id);
    } catch {
      // A story that cannot be read or saved now simply keeps its status.
    }
  }
  return changed;
}
