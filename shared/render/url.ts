import { isSafeUrl } from '../model/body';
import { storableText } from './text';

/**
 * True for a link an export may carry: the model's allow-list (absolute http, https or
 * mailto after URL parsing) written in full form, so `https:evil` or `http:/x` stay text.
 */
export function isExportableUrl(url: string): boolean {
  return /^(https?:\/\/[^/\\]|mailto:)/i.test(url) && isSafeUrl(url);
}

const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp|avif|svg\+xml);base64,[A-Za-z0-9+/]*={0,2}$/;
const ASSET_PATH = /^(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})+(?:\/(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})+)*$/;

/**
 * True for an image address an export may carry: a relative path of plain or
 * percent-encoded segments (no `..`), an absolute https URL, or a base64 `data:image/…`.
 */
export function isExportableImageSrc(src: string): boolean {
  if (src.startsWith('data:')) return DATA_IMAGE.test(src);
  if (/^https:\/\//i.test(src)) return isSafeUrl(src);
  return ASSET_PATH.test(src) && !src.split('/').some((part) => part === '.' || part === '..');
}

/** The relative address of a workspace asset path (`assets/a b.jpg` → `assets/a%20b.jpg`). */
export function assetHref(src: string): string {
  const encode = (part: string): string =>
    encodeURIComponent(storableText(part)).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return src.split('/').map(encode).join('/');
}
