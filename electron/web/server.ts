import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import type { EventName, Handlers } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { dispatch, type ErrorLog } from '../api/dispatch';
import { interfaceContentSecurityPolicy, resolveStaticPath, staticContentType } from '../services/static-site';

/** The part of a session the web transport needs: pushed events. */
export interface EventFeed {
  subscribe(listener: (event: EventName, payload: unknown) => void): () => void;
}

/** How to start the loopback server. */
export interface WebServerOptions {
  handlers: Handlers;
  session: EventFeed;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  log?: ErrorLog;
}

/** A running server: where it listens, the one-time URL to open, and how to stop it. */
export interface WebServer {
  readonly port: number;
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  /** The URL that signs a browser in: `http://127.0.0.1:PORT/?token=…`. */
  readonly url: string;
  readonly token: string;
  close(): Promise<void>;
}

/** Largest request body accepted on /api (an article is at most 20 MB on disk). */
export const MAX_BODY_BYTES = 25 * 1024 * 1024;

/** The policy sent with every response: nothing but the app's own files. */
export const CONTENT_SECURITY_POLICY = interfaceContentSecurityPolicy("'self'");

const HEARTBEAT_MS = 20_000;

const STATIC_REFUSALS = { 400: 'Bad request', 403: 'Forbidden', 404: 'Not found' } as const;

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

function baseHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'DENY');
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text + '\n');
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

function failure(code: 'invalid-argument' | 'too-large', message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Serves the renderer and the contract's handlers on 127.0.0.1 only, for a
 * browser holding the random token. Host and Origin are checked so that a
 * page on another site (or a rebinding DNS name) cannot reach it.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = randomBytes(32).toString('base64url');
  const staticRoot = await realpath(options.staticDir);
  const streams = new Set<ServerResponse>();
  let port = 0;
  let cookieName = 'copydesk';

  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];
  const allowedOrigins = () => allowedHosts().map((h) => `http://${h}`);

  function authorized(req: IncomingMessage): boolean {
    const cookie = cookieValue(req.headers.cookie, cookieName);
    if (cookie !== null && sameSecret(cookie, token)) return true;
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ')) return sameSecret(auth.slice('Bearer '.length).trim(), token);
    return false;
  }

  async function serveApi(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return sendText(res, 405, 'Method not allowed');
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') return sendText(res, 415, 'Send application/json');
    let raw: Buffer;
    try {
      raw = await readBody(req, MAX_BODY_BYTES);
    } catch (err) {
      if (err instanceof BodyTooLarge) {
        res.setHeader('Connection', 'close');
        return sendJson(res, 413, failure('too-large', 'The request is larger than 25 MB.'));
      }
      throw err;
    }
    let body: unknown;
    try {
      body = raw.length === 0 ? {} : JSON.parse(raw.toString('utf8'));
    } catch {
      return sendJson(res, 400, failure('invalid-argument', 'The request body is not valid JSON.'));
    }
    sendJson(res, 200, await dispatch(options.handlers, channel, body, options.log));
  }

  function serveEvents(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET') {
      res.setHeader('Allow', 'GET');
      return sendText(res, 405, 'Method not allowed');
    }
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    streams.add(res);
    const unsubscribe = options.session.subscribe((event, payload) => {
      res.write(`data: ${JSON.stringify({ event, payload })}\n\n`);
    });
    const beat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    const stop = () => {
      clearInterval(beat);
      unsubscribe();
      streams.delete(res);
    };
    req.on('close', stop);
    res.on('close', stop);
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, rawPath: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendText(res, 405, 'Method not allowed');
    }
    const found = await resolveStaticPath(staticRoot, rawPath);
    if ('status' in found) return sendText(res, found.status, STATIC_REFUSALS[found.status]);
    const { file, size } = found;
    const ext = extname(file).toLowerCase();
    res.writeHead(200, {
      'Content-Type': staticContentType(file),
      'Content-Length': size,
      'Cache-Control': ext === '.html' ? 'no-store' : 'no-cache',
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    baseHeaders(res);
    if (!allowedHosts().includes(req.headers.host ?? '')) return sendText(res, 403, 'Forbidden host');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().includes(origin)) return sendText(res, 403, 'Forbidden origin');

    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const rawPath = q === -1 ? rawUrl : rawUrl.slice(0, q);
    if (!rawPath.startsWith('/')) return sendText(res, 400, 'Bad request');
    const query = new URLSearchParams(q === -1 ? '' : rawUrl.slice(q + 1));

    const given = query.get('token');
    if (rawPath === '/' && given !== null && req.method === 'GET') {
      if (!sameSecret(given, token)) return sendText(res, 403, 'Forbidden');
      res.writeHead(303, {
        Location: '/',
        'Set-Cookie': `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        'Cache-Control': 'no-store',
      });
      return void res.end();
    }
    if (!authorized(req)) return sendText(res, 403, 'Forbidden: open the URL with the token that Copydesk printed');

    if (rawPath === '/api/events') return serveEvents(req, res);
    if (rawPath.startsWith('/api/')) {
      let channel: string;
      try {
        channel = decodeURIComponent(rawPath.slice('/api/'.length));
      } catch {
        return sendText(res, 400, 'Bad request');
      }
      return serveApi(req, res, channel);
    }
    return serveStatic(req, res, rawPath);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      (options.log ?? ((_c, e) => console.error('[copydesk] web request failed:', e)))('http', err);
      if (!res.headersSent) sendText(res, 500, 'Internal error');
      else res.end();
    });
  });
  server.requestTimeout = 60_000;

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  port = (server.address() as AddressInfo).port;
  // Cookies are shared by every port of a host, so the name carries the port.
  cookieName = `copydesk-${port}`;
  const origin = `http://127.0.0.1:${port}`;

  return {
    port,
    origin,
    token,
    url: `${origin}/?token=${token}`,
    close: () =>
      new Promise<void>((done) => {
        for (const res of streams) res.end();
        streams.clear();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
