import { join } from 'node:path';
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENT_CHANNEL, type EventName } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { FakeEmitter } from './fakes';

type Invoke = (event: unknown, ...args: unknown[]) => Promise<Result<unknown>>;

const USER_DATA = '/home/reporter/.config/Copydesk';
const DOCUMENTS = '/home/reporter/Documents';
const PATHS = { preload: '/opt/copydesk/out/preload/index.cjs', rendererRoot: '/opt/copydesk/out/renderer' };
const INFO = { name: 'Copydesk', path: join(DOCUMENTS, 'Copydesk'), recent: [], canChooseFolder: true };

const h = vi.hoisted(() => ({ current: null as unknown as ReturnType<typeof makeElectron> }));

function makeElectron() {
  let ready!: () => void;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  const app = Object.assign(new FakeEmitter(), {
    isPackaged: true,
    whenReady: vi.fn(() => whenReady),
    requestSingleInstanceLock: vi.fn(() => true),
    enableSandbox: vi.fn(),
    quit: vi.fn(),
    exit: vi.fn(),
    getAppPath: vi.fn(() => '/opt/copydesk/resources/app.asar'),
    getPath: vi.fn((name: string) => (name === 'userData' ? USER_DATA : name === 'documents' ? DOCUMENTS : '/tmp')),
  });
  const windows: FakeWindow[] = [];
  class FakeWindow extends FakeEmitter {
    readonly webContents = Object.assign(new FakeEmitter(), {
      mainFrame: { url: 'app://copydesk/index.html' },
      send: vi.fn(),
      isDestroyed: () => false,
      isCrashed: () => false,
    });
    close = vi.fn();
    loadURL = vi.fn((_url: string) => Promise.resolve());
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = () => false;
    isDestroyed = () => false;
    constructor(readonly options: BrowserWindowConstructorOptions) {
      super();
      windows.push(this);
    }
  }
  const handlers = new Map<string, Invoke>();
  const defaultSession = Object.assign(new FakeEmitter(), {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  });
  return {
    ready,
    windows,
    handlers,
    app,
    BrowserWindow: FakeWindow,
    session: { defaultSession },
    ipcMain: {
      handle: vi.fn((channel: string, listener: Invoke) => void handlers.set(channel, listener)),
      removeHandler: vi.fn(),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => ({ template })), setApplicationMenu: vi.fn() },
    dialog: { showErrorBox: vi.fn(), showOpenDialog: vi.fn() },
    shell: { openExternal: vi.fn(), trashItem: vi.fn() },
  };
}

vi.mock('electron', () => {
  // Each test gets a fresh fake; the module reads it through these forwarders.
  const forward = (name: 'app' | 'session' | 'ipcMain' | 'protocol' | 'Menu' | 'dialog' | 'shell') =>
    new Proxy({}, { get: (_target, key) => Reflect.get(h.current[name], key) as unknown });
  return {
    app: forward('app'),
    session: forward('session'),
    ipcMain: forward('ipcMain'),
    protocol: forward('protocol'),
    Menu: forward('Menu'),
    dialog: forward('dialog'),
    shell: forward('shell'),
    BrowserWindow: function BrowserWindow(options: BrowserWindowConstructorOptions) {
      return new h.current.BrowserWindow(options);
    },
  };
});

const sessions = vi.hoisted(() => [] as FakeSessionLike[]);
const startFailure = vi.hoisted(() => ({ error: null as Error | null }));
interface FakeSessionLike {
  options: { settings: { file: string }; defaultWorkspace: string; trashBin?: unknown; chooseFolder?: unknown };
  start: ReturnType<typeof vi.fn>;
  close: ReturnType<typeof vi.fn>;
  emit(event: EventName, payload: unknown): void;
}

vi.mock('../../../electron/api/session', () => ({
  Session: class {
    readonly listeners = new Set<(event: EventName, payload: unknown) => void>();
    start = vi.fn(() => {
      if (startFailure.error) return Promise.reject(startFailure.error);
      this.emit('workspace:switched', INFO);
      return Promise.resolve(INFO);
    });
    close = vi.fn(() => Promise.resolve());
    info = vi.fn(() => Promise.resolve(INFO));
    constructor(readonly options: FakeSessionLike['options']) {
      sessions.push(this);
    }
    subscribe(listener: (event: EventName, payload: unknown) => void) {
      this.listeners.add(listener);
      return () => this.listeners.delete(listener);
    }
    emit(event: EventName, payload: unknown) {
      for (const listener of this.listeners) listener(event, payload);
    }
  },
}));

async function launch() {
  vi.resetModules();
  const { runApp } = await import('../../../electron/main/app');
  runApp(PATHS);
  return h.current;
}

async function launchReady() {
  const electron = await launch();
  electron.ready();
  await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
  return electron;
}

beforeEach(() => {
  // Electron sets this on its own process; plain Node does not.
  Object.assign(process, { resourcesPath: '/opt/copydesk/resources' });
  h.current = makeElectron();
  sessions.length = 0;
  startFailure.error = null;
});

describe('before the app is ready', () => {
  it('registers app://, enforces the sandbox, and opens no window yet', async () => {
    const electron = await launch();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.app.count('web-contents-created')).toBe(1);
    await Promise.resolve();
    expect(electron.windows).toHaveLength(0);
  });

  it('quits when another instance is running', async () => {
    h.current.app.requestSingleInstanceLock.mockReturnValue(false);
    const electron = await launch();
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
  });
});

describe('once ready', () => {
  it('opens one window on app://copydesk with the bundled CommonJS preload', async () => {
    const electron = await launchReady();
    const [win] = electron.windows;
    expect(win?.options.webPreferences).toMatchObject({ preload: PATHS.preload, sandbox: true, contextIsolation: true });
    expect(win?.loadURL).toHaveBeenCalledWith('app://copydesk/index.html');
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
  });

  it('keeps settings in userData and opens Documents/Copydesk by default, with the OS trash and a folder dialog', async () => {
    await launchReady();
    const [session] = sessions;
    expect(session?.options.settings.file).toBe(join(USER_DATA, 'settings.json'));
    expect(session?.options.defaultWorkspace).toBe(join(DOCUMENTS, 'Copydesk'));
    expect(session?.options.trashBin).toBeDefined();
    expect(typeof session?.options.chooseFolder).toBe('function');
    expect(session?.start).toHaveBeenCalled();
  });

  it('serves every channel to the window and to nothing else', async () => {
    const electron = await launchReady();
    expect([...electron.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    const invoke = electron.handlers.get('workspace:info')!;
    const mainFrame = electron.windows[0]!.webContents.mainFrame;
    await expect(invoke({ senderFrame: mainFrame }, {})).resolves.toEqual({ ok: true, value: INFO });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const other = await invoke({ senderFrame: { url: 'app://copydesk/index.html' } }, {});
    expect(!other.ok && other.error.code).toBe('forbidden');
  });

  it('hardens every web contents the app creates', async () => {
    const electron = await launch();
    const contents = Object.assign(new FakeEmitter(), { setWindowOpenHandler: vi.fn() });
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.count('will-navigate')).toBe(1);
  });

  it('pushes workspace events to the window and rebuilds the menu on a switch', async () => {
    const electron = await launchReady();
    const session = sessions[0]!;
    const menus = electron.Menu.setApplicationMenu.mock.calls.length;
    session.emit('workspace:changed', { changes: [] });
    expect(electron.windows[0]!.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, {
      event: 'workspace:changed',
      payload: { changes: [] },
    });
    session.emit('workspace:switched', { ...INFO, recent: [{ key: 'k', name: 'Metro', path: '/srv/metro' }] });
    expect(electron.Menu.setApplicationMenu.mock.calls.length).toBe(menus + 1);
  });

  it('sends File > New Story to the window', async () => {
    const electron = await launchReady();
    const template = electron.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] ?? [];
    const file = template.find((entry) => entry.label === '&File')?.submenu as MenuItemConstructorOptions[];
    (file.find((entry) => entry.label === 'New Story')?.click as () => void)();
    expect(electron.windows[0]!.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, {
      event: 'menu:newStory',
      payload: {},
    });
  });
});

describe('failures and quitting', () => {
  it('shows the reason and exits when the workspace cannot be opened', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    startFailure.error = new Error('The Documents folder is read-only.');
    const electron = await launch();
    electron.ready();
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(1));
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('Copydesk could not start', 'The Documents folder is read-only.');
    expect(electron.windows).toHaveLength(0);
    expect(electron.handlers.size).toBe(0);
  });

  it('holds the window open on close until the page has saved, then closes it', async () => {
    const electron = await launchReady();
    const win = electron.windows[0]!;
    const event = { preventDefault: vi.fn() };
    win.emit('close', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(win.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, { event: 'app:beforeQuit', payload: {} });
    expect(win.close).not.toHaveBeenCalled();
    const ready = electron.handlers.get('app:readyToQuit')!;
    await expect(ready({ senderFrame: win.webContents.mainFrame }, {})).resolves.toEqual({ ok: true, value: {} });
    expect(win.close).toHaveBeenCalledTimes(1);
  });

  it('stops the workspace watcher before quitting', async () => {
    const electron = await launchReady();
    const event = { preventDefault: vi.fn() };
    electron.app.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(sessions[0]!.close).toHaveBeenCalled();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
    const second = { preventDefault: vi.fn() };
    electron.app.emit('will-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });
});
