import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../../shared/model/article';
import type { Block } from '../../../shared/model/body';
import { createArticle } from '../../../shared/model/factory';
import { openWorkspaceStore } from '../../../electron/services/workspace/store';
import type { WorkspaceStore } from '../../../electron/services/workspace/types';

/** The bytes of a 1×1 PNG. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** A small story; `image` adds a picture from the workspace assets. */
export function story(headline: string, options: { status?: Article['metadata']['status']; image?: string } = {}): Article {
  const body: Block[] = [{ type: 'paragraph', children: [{ text: `${headline}: the body text.` }] }];
  if (options.image) body.push({ type: 'image', src: `assets/${options.image}`, alt: 'A picture', caption: 'Caption', credit: 'Credit', children: [{ text: '' }] });
  const article = createArticle({ headline, section: 'Local', body, now: new Date('2025-02-03T04:05:06.000Z') });
  article.metadata.status = options.status ?? 'draft';
  return article;
}

/** A workspace at `root` holding the stories, with `images` written to its assets folder. */
export async function workspaceWith(root: string, stories: Article[], images: Record<string, Buffer> = {}): Promise<{ store: WorkspaceStore; ids: string[] }> {
  const store = await openWorkspaceStore(root);
  const ids: string[] = [];
  for (const article of stories) ids.push((await store.create(article)).id);
  if (Object.keys(images).length > 0) {
    await mkdir(join(root, 'assets'), { recursive: true });
    for (const [name, bytes] of Object.entries(images)) await writeFile(join(root, 'assets', name), bytes);
  }
  return { store, ids };
}
