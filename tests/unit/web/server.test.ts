import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/api/handlers';
import { Session } from '../../../electron/api/session';
import { SettingsStore } from '../../../electron/services/settings';
import { startWebServer, type WebServer } from '../../../electron/web/server';
import { createArticle } from '../../../shared/model/factory';
import { serializeArticle } from '../../../shared/model/serialize';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request: no URL normalisation, any Host header. */
function send(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

let dir: string;
let session: Session;
let server: WebServer;
let bearer: Record<string, string>;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-web-'));
  const staticDir = join(dir, 'static');
  await mkdir(join(staticDir, 'assets'), { recursive: true });
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>app shell</title>');
  await writeFile(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(dir, 'secret.txt'), 'outside the static folder');
  session = new Session({ settings: new SettingsStore(join(dir, 'settings.json')), defaultWorkspace: join(dir, 'ws') });
  await session.start();
  server = await startWebServer({ handlers: createHandlers(session), session, staticDir, log: () => undefined });
  bearer = { Authorization: `Bearer ${server.token}` };
});

afterEach(async () => {
  await server.close();
  await session.close();
  await rm(dir, { recursive: true, force: true });
});

const json = { 'Content-Type': 'application/json' };

describe('web transport', () => {
  it('listens on 127.0.0.1 only and prints a URL with a long random token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
  });

  it('refuses requests without the token', async () => {
    expect((await send(server.port, { path: '/' })).status).toBe(403);
    expect((await send(server.port, { path: '/assets/app.js' })).status).toBe(403);
    const api = await send(server.port, { method: 'POST', path: '/api/article:list', headers: json, body: '{}' });
    expect(api.status).toBe(403);
    expect(api.body).not.toContain('harbour');
    const wrong = await send(server.port, { path: '/', headers: { Authorization: 'Bearer ' + 'x'.repeat(43) } });
    expect(wrong.status).toBe(403);
    expect((await send(server.port, { path: '/?token=nope' })).status).toBe(403);
    expect((await send(server.port, { path: '/api/events' })).status).toBe(403);
  });

  it('trades the token for an HttpOnly SameSite=Strict cookie, which then opens the app', async () => {
    const signIn = await send(server.port, { path: `/?token=${server.token}` });
    expect(signIn.status).toBe(303);
    expect(signIn.headers.location).toBe('/');
    const cookie = String(signIn.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await send(server.port, { path: '/', headers: { Cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('app shell');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('refuses a Host header other than 127.0.0.1 or localhost on its port (DNS rebinding)', async () => {
    for (const host of ['evil.example:' + server.port, '127.0.0.1:1', `127.0.0.1.nip.io:${server.port}`]) {
      expect((await send(server.port, { path: '/', headers: { ...bearer, Host: host } })).status).toBe(403);
    }
    expect((await send(server.port, { path: '/', headers: { ...bearer, Host: `localhost:${server.port}` } })).status).toBe(200);
  });

  it('refuses a foreign Origin', async () => {
    const call = (origin: string) =>
      send(server.port, { method: 'POST', path: '/api/article:list', headers: { ...bearer, ...json, Origin: origin }, body: '{}' });
    expect((await call('https://evil.example')).status).toBe(403);
    expect((await call(`http://127.0.0.1:${server.port + 1}`)).status).toBe(403);
    expect((await call('null')).status).toBe(403);
    expect((await call(`http://localhost:${server.port}`)).status).toBe(200);
  });

  it('answers bad JSON with invalid-argument and an unknown channel with unknown-channel', async () => {
    const bad = await send(server.port, { method: 'POST', path: '/api/article:list', headers: { ...bearer, ...json }, body: '{"a":' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const wrongShape = await send(server.port, {
      method: 'POST',
      path: '/api/article:open',
      headers: { ...bearer, ...json },
      body: JSON.stringify({ id: '../../etc/passwd' }),
    });
    expect(JSON.parse(wrongShape.body)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const unknown = await send(server.port, { method: 'POST', path: '/api/fs:readFile', headers: { ...bearer, ...json }, body: '{}' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('refuses an oversized body before reading it', async () => {
    const reply = await new Promise<Reply>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/api/article:list',
          headers: { ...bearer, ...json, 'Content-Length': String(26 * 1024 * 1024) },
        },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => {
            req.destroy();
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
          });
        },
      );
      req.on('error', reject);
      req.write('{');
    });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('refuses static paths that leave the static folder', async () => {
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..\\secret.txt']) {
      const reply = await send(server.port, { path, headers: bearer });
      expect(reply.status, path).toBe(403);
      expect(reply.body).not.toContain('outside the static folder');
    }
    expect((await send(server.port, { path: '/assets/app.js', headers: bearer })).status).toBe(200);
    expect((await send(server.port, { path: '/assets/missing.js', headers: bearer })).status).toBe(404);
  });

  it('serves a channel: create a story, then see it in the list', async () => {
    const create = await send(server.port, {
      method: 'POST',
      path: '/api/article:create',
      headers: { ...bearer, ...json },
      body: JSON.stringify({ headline: 'Tram strike called off', section: 'City' }),
    });
    expect(JSON.parse(create.body)).toEqual({ ok: true, value: { id: 'tram-strike-called-off' } });
    const list = await send(server.port, { method: 'POST', path: '/api/article:list', headers: { ...bearer, ...json }, body: '{}' });
    const result = JSON.parse(list.body) as { ok: boolean; value: { headline?: string; section?: string }[] };
    expect(result.ok).toBe(true);
    expect(result.value.find((r) => r.headline === 'Tram strike called off')?.section).toBe('City');
  });

  it('refuses other methods on a channel', async () => {
    expect((await send(server.port, { method: 'GET', path: '/api/article:list', headers: bearer })).status).toBe(405);
  });

  it('pushes workspace changes as server-sent events', async () => {
    const info = await session.info();
    const received = new Promise<string>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, path: '/api/events', headers: { ...bearer, Accept: 'text/event-stream' } },
        (res) => {
          expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
          let buffer = '';
          res.on('data', (c: Buffer) => {
            buffer += c.toString();
            const line = buffer.split('\n').find((l) => l.startsWith('data: '));
            if (line) {
              req.destroy();
              resolve(line.slice('data: '.length));
            }
          });
          void writeFile(join(info.path, 'outside-edit.story.json'), serializeArticle(createArticle({ headline: 'From outside' })));
        },
      );
      req.on('error', reject);
      req.end();
    });
    const message = JSON.parse(await received) as { event: string; payload: { changes: { id: string; kind: string }[] } };
    expect(message.event).toBe('workspace:changed');
    expect(message.payload.changes).toContainEqual(expect.objectContaining({ id: 'outside-edit', kind: 'added' }));
  });
});
