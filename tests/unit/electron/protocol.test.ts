import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { resolveStaticPath } from '../../../electron/services/static-site';
import { removeDir, tempDir } from '../../helpers/temp';

const fake = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => fake);

const { CONTENT_SECURITY_POLICY, createAppHandler, handleAppProtocol, registerAppScheme } = await import(
  '../../../electron/main/protocol'
);

const SECRET = 'settings that must stay private';
let dir: string;
let root: string;
let serve: (request: Request) => Promise<Response>;

beforeAll(async () => {
  dir = await tempDir();
  root = join(dir, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Copydesk</title>');
  await writeFile(join(root, 'assets', 'index.js'), 'console.log(1)');
  await writeFile(join(dir, 'secret.txt'), SECRET);
  await symlink(join(dir, 'secret.txt'), join(root, 'linked.txt'));
  serve = createAppHandler(root);
});
afterAll(() => removeDir(dir));

const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

describe('app:// serves the bundled UI', () => {
  it('serves index.html with the content security policy', async () => {
    const response = await get('app://copydesk/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('<title>Copydesk</title>');
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(CONTENT_SECURITY_POLICY).toBe(response.headers.get('content-security-policy'));
  });

  it('serves scripts as JavaScript and the folder root as index.html', async () => {
    const script = await get('app://copydesk/assets/index.js');
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await (await get('app://copydesk/')).text()).toContain('Copydesk');
  });

  it('answers 404 for a missing file and refuses other hosts and methods', async () => {
    expect((await get('app://copydesk/nope.js')).status).toBe(404);
    expect((await get('app://copydesk/assets')).status).toBe(404);
    expect((await get('app://evil/index.html')).status).toBe(403);
    expect((await get('app://copydesk/index.html', 'POST')).status).toBe(405);
  });
});

describe('app:// never leaves its folder', () => {
  it.each([
    'app://copydesk/..%2fsecret.txt',
    'app://copydesk/..%2F..%2Fsecret.txt',
    'app://copydesk/%2e%2e%2fsecret.txt',
    'app://copydesk/assets/..%2f..%2fsecret.txt',
    'app://copydesk/%2e%2e/%2e%2e%2fsecret.txt',
  ])('refuses %s with 403', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('refuses a raw ../ path, a backslash and an absolute one', async () => {
    expect(await resolveStaticPath(root, '/assets/..\\..\\secret.txt')).toEqual({ status: 403 });
    expect(await resolveStaticPath(root, '/../secret.txt')).toEqual({ status: 403 });
    expect(await resolveStaticPath(root, '/../../../../etc/passwd')).toEqual({ status: 403 });
    expect(await resolveStaticPath(root, `/${join(dir, 'secret.txt')}`)).toEqual({ status: 404 });
  });

  it('refuses a symlink inside the folder that points outside it', async () => {
    const response = await get('app://copydesk/linked.txt');
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('refuses NUL bytes and broken escapes', async () => {
    expect((await get('app://copydesk/index.html%00.js')).status).toBe(400);
    expect((await get('app://copydesk/%E0%A4%A')).status).toBe(400);
  });
});

describe('registration', () => {
  it('registers app:// as a standard, secure scheme and serves it', () => {
    registerAppScheme();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    handleAppProtocol(root);
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
