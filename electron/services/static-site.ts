import fs from 'node:fs';
import { extname, resolve } from 'node:path';
import { isInside } from './workspace/paths';

/** Media types of the files the built interface is made of. */
const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** The Content-Type a file of the built interface is served with (app:// in the desktop app, HTTP on loopback). */
export function staticContentType(file: string): string {
  return MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The policy the interface is served under: nothing but its own files. `connect` is what
 * it may fetch: nothing in the desktop app (IPC needs no requests), its own origin on loopback.
 */
export function interfaceContentSecurityPolicy(connect: "'none'" | "'self'"): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** A request path of the interface resolved: the file to send, or the status to refuse with. */
export type StaticPath = { file: string; size: number } | { status: 400 | 403 | 404 };

/**
 * Maps a request path (still percent-encoded) to a file of the interface in `root`. Parent
 * segments, backslashes and anything that leads outside `root`, symlinks included, are 403.
 * The file system is looked up at call time on purpose: Electron patches `fs.promises` there
 * to read inside app.asar.
 */
export async function resolveStaticPath(root: string, pathname: string): Promise<StaticPath> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0')) return { status: 400 };
  if (decoded.includes('\\') || decoded.split('/').includes('..')) return { status: 403 };
  const wanted = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const file = resolve(root, `.${wanted.startsWith('/') ? '' : '/'}${wanted}`);
  if (!isInside(root, file)) return { status: 403 };
  let real: string;
  let realRoot: string;
  try {
    [real, realRoot] = await Promise.all([fs.promises.realpath(file), fs.promises.realpath(root)]);
  } catch {
    return { status: 404 };
  }
  if (!isInside(realRoot, real)) return { status: 403 };
  const info = await fs.promises.stat(real).catch(() => null);
  return info?.isFile() ? { file: real, size: info.size } : { status: 404 };
}
