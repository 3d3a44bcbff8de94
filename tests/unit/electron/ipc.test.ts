import type { BrowserWindow, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENT_CHANNEL, type Channel, type EventName, type Handlers } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { FakeEmitter } from './fakes';

type Invoke = (event: unknown, ...args: unknown[]) => Promise<Result<unknown>>;

const fake = vi.hoisted(() => {
  const registered = new Map<string, Invoke>();
  return {
    registered,
    ipcMain: {
      handle: vi.fn((channel: string, listener: Invoke) => void registered.set(channel, listener)),
      removeHandler: vi.fn((channel: string) => void registered.delete(channel)),
    },
  };
});
vi.mock('electron', () => ({ ipcMain: fake.ipcMain }));

const { registerIpc } = await import('../../../electron/ipc/register');
const { createSenderCheck } = await import('../../../electron/ipc/sender');
const { forwardEvents, sendEvent } = await import('../../../electron/ipc/events');

const APP_URL = 'app://copydesk/index.html';

function frame(url = APP_URL) {
  return { url };
}

function fakeWindow(mainFrame = frame(), destroyed = false) {
  return { isDestroyed: () => destroyed, webContents: { mainFrame } };
}

function spyHandlers() {
  const spies = Object.fromEntries(
    CHANNELS.map((channel) => [channel, vi.fn((_args: unknown) => Promise.resolve({ from: channel }))]),
  ) as Record<Channel, ReturnType<typeof vi.fn>>;
  return { spies, handlers: spies as unknown as Handlers };
}

let win: ReturnType<typeof fakeWindow> | null;
let spies: Record<Channel, ReturnType<typeof vi.fn>>;
let unregister: () => void;

function invoke(channel: string, senderFrame: unknown, ...args: unknown[]): Promise<Result<unknown>> {
  const listener = fake.registered.get(channel);
  if (!listener) throw new Error(`nothing registered on ${channel}`);
  return listener({ senderFrame }, ...args);
}

function expectNoHandlerCalled(): void {
  for (const spy of Object.values(spies)) expect(spy).not.toHaveBeenCalled();
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  unregister?.();
  fake.ipcMain.handle.mockClear();
  win = fakeWindow();
  const made = spyHandlers();
  spies = made.spies;
  unregister = registerIpc(made.handlers, createSenderCheck(() => win as unknown as BrowserWindow));
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('registerIpc', () => {
  it('serves every channel of the contract with ipcMain.handle, once', () => {
    const channels = fake.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect([...channels].sort()).toEqual([...CHANNELS].sort());
  });

  it('passes a call from the main frame of the app to its handler, parsed', async () => {
    const result = await invoke('article:open', win?.webContents.mainFrame, { id: 'harbour-ferry' });
    expect(result).toEqual({ ok: true, value: { from: 'article:open' } });
    expect(spies['article:open']).toHaveBeenCalledWith({ id: 'harbour-ferry' });
  });

  it('treats a missing argument as an empty object', async () => {
    const result = await invoke('article:list', win?.webContents.mainFrame);
    expect(result.ok).toBe(true);
    expect(spies['article:list']).toHaveBeenCalledTimes(1);
  });

  it('removes its handlers when asked', () => {
    unregister();
    expect([...fake.registered.keys()]).toEqual([]);
  });
});

describe('the sender check', () => {
  const refused = { ok: false, error: { code: 'forbidden', message: expect.any(String) as string } };

  it('refuses a frame that is not the main frame of the window (the preview, another window)', async () => {
    expect(await invoke('article:list', frame(APP_URL), {})).toEqual(refused);
    expectNoHandlerCalled();
  });

  it('refuses a call whose frame is gone', async () => {
    expect(await invoke('article:list', null, {})).toEqual(refused);
    expect(await invoke('article:list', undefined, {})).toEqual(refused);
    expectNoHandlerCalled();
  });

  it.each(['https://evil.example/', 'file:///home/reporter/index.html', 'app://elsewhere/index.html', 'about:blank'])(
    'refuses the main frame once it shows %s',
    async (url) => {
      win = fakeWindow(frame(url));
      expect(await invoke('article:trash', win.webContents.mainFrame, { id: 'harbour-ferry' })).toEqual(refused);
      expectNoHandlerCalled();
    },
  );

  it('refuses everything when the window is closed or destroyed', async () => {
    const mainFrame = win!.webContents.mainFrame;
    win = fakeWindow(mainFrame, true);
    expect(await invoke('article:list', mainFrame, {})).toEqual(refused);
    win = null;
    expect(await invoke('article:list', mainFrame, {})).toEqual(refused);
    expectNoHandlerCalled();
  });

  it('refuses a frame that throws when inspected', async () => {
    const torn = {
      get url(): string {
        throw new Error('Render frame was disposed');
      },
    };
    win = fakeWindow(torn);
    expect(await invoke('article:list', torn, {})).toEqual(refused);
    expectNoHandlerCalled();
  });
});

describe('argument checks', () => {
  it.each([
    ['article:open', { id: '../../etc/passwd' }],
    ['article:open', { id: 42 }],
    ['article:open', { id: 'ok', path: '/etc/passwd' }],
    ['article:open', 'harbour-ferry'],
    ['workspace:openRecent', { key: 'x'.repeat(10_000) }],
    ['trash:restore', { trashId: '../x' }],
  ])('%s with %j is an invalid argument and reaches no handler', async (channel, raw) => {
    const result = await invoke(channel, win?.webContents.mainFrame, raw);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('invalid-argument');
    expectNoHandlerCalled();
  });

  it('refuses a second argument', async () => {
    const result = await invoke('article:open', win?.webContents.mainFrame, { id: 'a' }, { id: 'b' });
    expect(!result.ok && result.error.code).toBe('invalid-argument');
    expectNoHandlerCalled();
  });

  it('answers a failing handler without its path or stack', async () => {
    spies['article:list'].mockRejectedValueOnce(
      Object.assign(new Error("EACCES: permission denied, open '/home/reporter/secret/story.json'"), { code: 'EACCES' }),
    );
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await invoke('article:list', win?.webContents.mainFrame, {});
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toMatch(/home|reporter|secret|at .*\.ts/);
  });
});

class FakeContents extends FakeEmitter {
  destroyed = false;
  send = vi.fn();
  isDestroyed = () => this.destroyed;
}

describe('pushed events', () => {
  function fakeSession() {
    const listeners = new Set<(event: EventName, payload: unknown) => void>();
    return {
      listeners,
      subscribe(listener: (event: EventName, payload: unknown) => void) {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
      emit(event: EventName, payload: unknown) {
        for (const listener of listeners) listener(event, payload);
      },
    };
  }

  it('forwards session events as { event, payload } on the one event channel', () => {
    const session = fakeSession();
    const contents = new FakeContents();
    forwardEvents(session, contents as unknown as WebContents);
    const payload = { changes: [{ id: 'harbour-ferry', kind: 'changed', hash: null }] };
    session.emit('workspace:changed', payload);
    expect(contents.send).toHaveBeenCalledWith(EVENT_CHANNEL, { event: 'workspace:changed', payload });
  });

  it('stops forwarding when the page is destroyed', () => {
    const session = fakeSession();
    const contents = new FakeContents();
    forwardEvents(session, contents as unknown as WebContents);
    contents.destroyed = true;
    contents.emit('destroyed');
    session.emit('workspace:changed', { changes: [] });
    expect(contents.send).not.toHaveBeenCalled();
    expect(session.listeners.size).toBe(0);
  });

  it('sends one event and skips a destroyed page', () => {
    const contents = new FakeContents();
    sendEvent(contents as unknown as WebContents, 'menu:newStory', {});
    expect(contents.send).toHaveBeenCalledWith(EVENT_CHANNEL, { event: 'menu:newStory', payload: {} });
    contents.destroyed = true;
    sendEvent(contents as unknown as WebContents, 'menu:newStory', {});
    expect(contents.send).toHaveBeenCalledTimes(1);
  });
});
