import fs from 'node:fs';
import { resolve } from 'node:path';
import { protocol } from 'electron';
import { interfaceContentSecurityPolicy, resolveStaticPath, staticContentType } from '../services/static-site';
import { APP_HOST, APP_SCHEME } from './appUrl';

/** The policy every app:// response carries. */
export const CONTENT_SECURITY_POLICY = interfaceContentSecurityPolicy("'none'");

/** Registers `app://` as a standard, secure scheme; must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the bundled UI in `root` on `app://`. Call after the app is ready. */
export function handleAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, createAppHandler(root));
}

// Looked up on fs.promises at call time on purpose: Electron patches it there to read inside app.asar.
const readFile = (path: string) => fs.promises.readFile(path);

function respond(status: number, body: Uint8Array<ArrayBuffer> | string | null, contentType = 'text/plain; charset=utf-8'): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
}

const STATUS_TEXT: Record<number, string> = { 400: 'Bad request', 403: 'Forbidden', 404: 'Not found', 405: 'Method not allowed' };

function refuse(status: 400 | 403 | 404 | 405): Response {
  return respond(status, STATUS_TEXT[status] ?? 'Refused');
}

/** A protocol handler that serves only files of `root`, with the app's CSP on every response. */
export function createAppHandler(root: string): (request: Request) => Promise<Response> {
  const base = resolve(root);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refuse(400);
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refuse(403);
    try {
      const found = await resolveStaticPath(base, url.pathname);
      if ('status' in found) return refuse(found.status);
      const type = staticContentType(found.file);
      const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(found.file));
      return respond(200, body, type);
    } catch {
      return refuse(404);
    }
  };
}
