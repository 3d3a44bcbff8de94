import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeEmitter, navEvent } from './fakes';

const fake = vi.hoisted(() => ({
  shell: { openExternal: vi.fn((_url: string) => Promise.resolve()) },
}));
vi.mock('electron', () => fake);

const { hardenSession, hardenWebContents, isExternalLink } = await import('../../../electron/main/security');

type OpenHandler = (details: { url: string }) => { action: string };

class FakeContents extends FakeEmitter {
  openHandler: OpenHandler | null = null;
  setWindowOpenHandler = vi.fn((handler: OpenHandler) => {
    this.openHandler = handler;
  });
}

function hardened(): FakeContents {
  const contents = new FakeContents();
  hardenWebContents(contents as unknown as WebContents);
  return contents;
}

function navigate(contents: FakeContents, name: string, url: string, isMainFrame = true): boolean {
  const event = navEvent(url, isMainFrame);
  contents.emit(name, event, url);
  return event.preventDefault.mock.calls.length > 0;
}

beforeEach(() => {
  fake.shell.openExternal.mockClear();
});

describe('navigation', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s keeps every frame inside the app', (name) => {
    const contents = hardened();
    expect(navigate(contents, name, 'https://evil.example/')).toBe(true);
    expect(navigate(contents, name, 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, name, 'javascript:alert(1)')).toBe(true);
    expect(navigate(contents, name, 'app://elsewhere/index.html')).toBe(true);
    expect(navigate(contents, name, 'app://copydesk/index.html')).toBe(false);
  });

  it('lets only a subframe load the preview srcdoc', () => {
    const contents = hardened();
    expect(navigate(contents, 'will-frame-navigate', 'about:srcdoc', false)).toBe(false);
    expect(navigate(contents, 'will-frame-navigate', 'about:srcdoc', true)).toBe(true);
    expect(navigate(contents, 'will-frame-navigate', 'https://evil.example/', false)).toBe(true);
    expect(navigate(contents, 'will-navigate', 'about:srcdoc')).toBe(true);
  });

  it('refuses to attach a webview', () => {
    const contents = hardened();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('new windows', () => {
  it('never opens one, and hands http, https and mailto links to the OS', () => {
    const contents = hardened();
    const safe = ['https://example.com/story?id=1', 'http://example.com/', 'mailto:desk@example.com'];
    for (const url of safe) expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal.mock.calls.map(([url]) => url)).toEqual(safe);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'smb://fileserver/share',
    'ms-settings:privacy',
    'vscode://file/etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'app://copydesk/index.html',
    ' https://example.com/',
    'https://trusted.example@evil.example/',
    'https://user:secret@example.com/',
    'not a url',
  ])('refuses %s', (url) => {
    const contents = hardened();
    expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
    expect(isExternalLink(url)).toBe(false);
  });
});

class FakeSession extends FakeEmitter {
  requestHandler: ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | null = null;
  checkHandler: ((wc: unknown, permission: string) => boolean) | null = null;
  deviceHandler: ((details: unknown) => boolean) | null = null;
  beforeRequest: ((details: { url: string }, cb: (response: { cancel?: boolean }) => void) => void) | null = null;
  setPermissionRequestHandler = vi.fn((h: FakeSession['requestHandler']) => void (this.requestHandler = h));
  setPermissionCheckHandler = vi.fn((h: FakeSession['checkHandler']) => void (this.checkHandler = h));
  setDevicePermissionHandler = vi.fn((h: FakeSession['deviceHandler']) => void (this.deviceHandler = h));
  webRequest = { onBeforeRequest: vi.fn((h: FakeSession['beforeRequest']) => void (this.beforeRequest = h)) };
}

function hardenedSession(): FakeSession {
  const session = new FakeSession();
  hardenSession(session as unknown as Session);
  return session;
}

describe('the session', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'denies the %s permission when asked and when checked',
    (permission) => {
      const session = hardenedSession();
      const callback = vi.fn();
      session.requestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.checkHandler?.({}, permission)).toBe(false);
    },
  );

  it('denies USB, HID and serial devices', () => {
    const session = hardenedSession();
    expect(session.deviceHandler?.({ deviceType: 'usb', origin: 'app://copydesk' })).toBe(false);
  });

  it('cancels requests that leave the app and lets the app load itself', () => {
    const session = hardenedSession();
    const cancelled = (url: string): boolean | undefined => {
      let answer: { cancel?: boolean } = {};
      session.beforeRequest?.({ url }, (response) => (answer = response));
      return answer.cancel;
    };
    expect(cancelled('https://tracker.example/pixel.gif')).toBe(true);
    expect(cancelled('http://127.0.0.1:5173/')).toBe(true);
    expect(cancelled('ws://127.0.0.1:9000/')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('app://elsewhere/x.js')).toBe(true);
    expect(cancelled('app://copydesk/assets/index.js')).toBe(false);
    expect(cancelled('data:image/png;base64,iVBORw0KGgo=')).toBe(false);
    expect(cancelled('devtools://devtools/bundled/inspector.html')).toBe(false);
  });

  it('blocks downloads', () => {
    const session = hardenedSession();
    const event = { preventDefault: vi.fn() };
    session.emit('will-download', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
