import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { EventName, EventPayload, WorkspaceInfo } from '../../shared/ipc/contract';

/** Sends a menu choice to the renderer as a pushed event. */
export type SendToRenderer = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** What the app menu is built from. */
export interface MenuInput {
  isPackaged: boolean;
  platform: NodeJS.Platform;
  /** The open workspace and the recent ones, from the session. */
  workspace: Pick<WorkspaceInfo, 'path' | 'recent'> | null;
  send: SendToRenderer;
}

function recentItems({ workspace, send }: MenuInput): MenuItemConstructorOptions[] {
  const others = (workspace?.recent ?? []).filter((entry) => entry.path !== workspace?.path);
  if (others.length === 0) return [{ label: 'No Recent Workspaces', enabled: false }];
  const counts = new Map<string, number>();
  for (const entry of others) counts.set(entry.name, (counts.get(entry.name) ?? 0) + 1);
  return others.map((entry) => ({
    // Two folders with the same name are told apart by their paths.
    label: (counts.get(entry.name) ?? 0) > 1 ? `${entry.name} (${entry.path})` : entry.name,
    click: () => send('menu:openRecent', { key: entry.key }),
  }));
}

/** The app menu: File, Edit and View, plus the app and Window menus on macOS. */
export function menuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const mac = input.platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New Story', accelerator: 'CmdOrCtrl+N', click: () => input.send('menu:newStory', {}) },
      { type: 'separator' },
      {
        label: 'Open Workspace…',
        accelerator: 'CmdOrCtrl+Shift+O',
        click: () => input.send('menu:openWorkspace', {}),
      },
      { label: 'Open Recent', submenu: recentItems(input) },
      { type: 'separator' },
      { label: 'Settings…', accelerator: 'CmdOrCtrl+,', click: () => input.send('menu:settings', {}) },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      // The page keeps one undo history for the header and the body, which the native undo
      // knows nothing of, so the menu asks the page. Elsewhere the keys stay with the page,
      // whose fields undo natively; on macOS Cmd+Z reaches a text field only through the menu.
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: mac, click: () => input.send('menu:undo', {}) },
      { label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z', registerAccelerator: mac, click: () => input.send('menu:redo', {}) },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      { type: 'separator' },
      // Like Undo: the body's select-all belongs to the editor, so the menu asks the page.
      { label: 'Select All', accelerator: 'CmdOrCtrl+A', registerAccelerator: mac, click: () => input.send('menu:selectAll', {}) },
    ],
  };
  const develop: MenuItemConstructorOptions[] = input.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...develop,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  return mac ? [{ role: 'appMenu' }, file, edit, view, { role: 'windowMenu' }] : [file, edit, view];
}

/** Builds the menu and makes it the application menu. */
export function installMenu(input: MenuInput): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(input)));
}
