import { z } from 'zod';
import type { Article } from './article';

/** Largest image the editor copies into a workspace. */
export const MAX_ASSET_BYTES = 15 * 1024 * 1024;

/** Longest base64 text that can stand for `MAX_ASSET_BYTES` bytes. */
export const MAX_ASSET_BASE64_LENGTH = Math.ceil(MAX_ASSET_BYTES / 3) * 4;

/** Image types a story may hold, with the file extension and MIME type each is stored under. */
export const ASSET_TYPES = {
  png: { extension: 'png', mime: 'image/png' },
  jpeg: { extension: 'jpg', mime: 'image/jpeg' },
  gif: { extension: 'gif', mime: 'image/gif' },
  webp: { extension: 'webp', mime: 'image/webp' },
} as const;
export type AssetType = keyof typeof ASSET_TYPES;

/** `assets/<name>`: a file directly inside the workspace's assets folder, as an image block stores it. */
export const assetSrcSchema = z
  .string()
  .max(512)
  .regex(/^assets\/[^/\\\u0000-\u001f]+$/, 'must name a file in the workspace assets folder')
  .refine((s) => s !== 'assets/.' && s !== 'assets/..', { message: 'must name a file in the workspace assets folder' });

/** A picked image on its way into the workspace: the name it had and its bytes as base64. */
export const assetUploadSchema = z.strictObject({
  fileName: z.string().min(1).max(255),
  dataBase64: z
    .string()
    .min(4)
    .max(MAX_ASSET_BASE64_LENGTH)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
});

/** The `src` of every image block of a story, each once, in body order. */
export function imageSources(article: Pick<Article, 'body'>): string[] {
  const seen = new Set<string>();
  for (const block of article.body) if (block.type === 'image') seen.add(block.src);
  return [...seen];
}
