import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { WorkspaceInfo } from '../../../shared/ipc/contract';

const fake = vi.hoisted(() => ({
  Menu: {
    buildFromTemplate: vi.fn((template: unknown) => ({ template })),
    setApplicationMenu: vi.fn(),
  },
}));
vi.mock('electron', () => fake);

const { installMenu, menuTemplate } = await import('../../../electron/main/menu');

const workspace: Pick<WorkspaceInfo, 'path' | 'recent'> = {
  path: '/home/reporter/Documents/Copydesk',
  recent: [
    { key: 'k-current', name: 'Copydesk', path: '/home/reporter/Documents/Copydesk' },
    { key: 'k-metro', name: 'Metro desk', path: '/srv/metro' },
    { key: 'k-a', name: 'Sport', path: '/a/Sport' },
    { key: 'k-b', name: 'Sport', path: '/b/Sport' },
  ],
};

function build(overrides: Partial<Parameters<typeof menuTemplate>[0]> = {}) {
  const send = vi.fn();
  const template = menuTemplate({ isPackaged: true, platform: 'linux', workspace, send, ...overrides });
  return { send, template };
}

function submenu(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const item = items.find((entry) => entry.label?.replace('&', '') === label);
  if (!item || !Array.isArray(item.submenu)) throw new Error(`no ${label} menu`);
  return item.submenu;
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((entry) => entry.label === label);
  if (!found) throw new Error(`no ${label} item`);
  return found;
}

function click(entry: MenuItemConstructorOptions): void {
  (entry.click as () => void)();
}

describe('File', () => {
  it('New Story (Ctrl/Cmd+N) asks the page for a new story', () => {
    const { send, template } = build();
    const newStory = item(submenu(template, 'File'), 'New Story');
    expect(newStory.accelerator).toBe('CmdOrCtrl+N');
    click(newStory);
    expect(send).toHaveBeenCalledWith('menu:newStory', {});
  });

  it('Open Workspace… (Ctrl/Cmd+Shift+O) goes to the page too, which knows about unsaved edits', () => {
    const { send, template } = build();
    const open = item(submenu(template, 'File'), 'Open Workspace…');
    expect(open.accelerator).toBe('CmdOrCtrl+Shift+O');
    click(open);
    expect(send).toHaveBeenCalledWith('menu:openWorkspace', {});
  });

  it('Settings… (Ctrl/Cmd+,) opens the settings in the page', () => {
    const { send, template } = build();
    const settings = item(submenu(template, 'File'), 'Settings…');
    expect(settings.accelerator).toBe('CmdOrCtrl+,');
    click(settings);
    expect(send).toHaveBeenCalledWith('menu:settings', {});
  });

  it('Open Recent lists the other recent workspaces by name and sends their keys, never paths', () => {
    const { send, template } = build();
    const recent = submenu(submenu(template, 'File'), 'Open Recent');
    expect(recent.map((entry) => entry.label)).toEqual(['Metro desk', 'Sport (/a/Sport)', 'Sport (/b/Sport)']);
    click(item(recent, 'Metro desk'));
    expect(send).toHaveBeenCalledWith('menu:openRecent', { key: 'k-metro' });
  });

  it('says so when there is nothing recent', () => {
    const { template } = build({ workspace: { path: '/x', recent: [{ key: 'k', name: 'x', path: '/x' }] } });
    expect(submenu(submenu(template, 'File'), 'Open Recent')).toEqual([{ label: 'No Recent Workspaces', enabled: false }]);
    const { template: none } = build({ workspace: null });
    expect(submenu(submenu(none, 'File'), 'Open Recent')).toHaveLength(1);
  });

  it('ends with Quit on Windows and Linux; macOS quits from the app menu', () => {
    const files = submenu(build().template, 'File');
    expect(files.at(-1)?.role).toBe('quit');
    const mac = build({ platform: 'darwin' }).template;
    expect(mac[0]?.role).toBe('appMenu');
    expect(submenu(mac, 'File').some((entry) => entry.role === 'quit')).toBe(false);
  });
});

describe('Edit and View', () => {
  it('Edit offers the standard editing roles', () => {
    const roles = submenu(build().template, 'Edit').map((entry) => entry.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste']));
  });

  it('Undo, Redo and Select All ask the page, which keeps one history and selects the story in the body; their keys stay with the page', () => {
    const { send, template } = build();
    const edit = submenu(template, 'Edit');
    const undo = item(edit, 'Undo');
    const redo = item(edit, 'Redo');
    expect([undo.role, redo.role]).toEqual([undefined, undefined]);
    expect([undo.accelerator, redo.accelerator]).toEqual(['CmdOrCtrl+Z', 'Shift+CmdOrCtrl+Z']);
    expect([undo.registerAccelerator, redo.registerAccelerator]).toEqual([false, false]);
    const mac = submenu(build({ platform: 'darwin' }).template, 'Edit');
    expect(item(mac, 'Undo').registerAccelerator).toBe(true);
    const selectAll = item(edit, 'Select All');
    expect([selectAll.role, selectAll.registerAccelerator]).toEqual([undefined, false]);
    click(undo);
    click(redo);
    click(selectAll);
    expect(send.mock.calls).toEqual([
      ['menu:undo', {}],
      ['menu:redo', {}],
      ['menu:selectAll', {}],
    ]);
  });

  it('View has zoom and full screen, and reload and devtools only in development', () => {
    const packaged = submenu(build({ isPackaged: true }).template, 'View').map((entry) => entry.role);
    expect(packaged).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('toggleDevTools');
    const dev = submenu(build({ isPackaged: false }).template, 'View').map((entry) => entry.role);
    expect(dev).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });
});

describe('installMenu', () => {
  it('makes the built menu the application menu', () => {
    installMenu({ isPackaged: true, platform: 'linux', workspace, send: vi.fn() });
    const built: unknown = fake.Menu.buildFromTemplate.mock.results[0]?.value;
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledWith(built);
  });
});
