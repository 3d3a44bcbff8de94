import { join } from 'node:path';
import { app, BrowserWindow, dialog, session as electronSession } from 'electron';
import type { WorkspaceInfo } from '../../shared/ipc/contract';
import { createHandlers } from '../api/handlers';
import { Session } from '../api/session';
import { forwardEvents, sendEvent } from '../ipc/events';
import { registerIpc } from '../ipc/register';
import { createSenderCheck } from '../ipc/sender';
import { setHouseStylesheetPath } from '../services/export/theme';
import { SettingsStore } from '../services/settings';
import { APP_INDEX_URL } from './appUrl';
import { guardWindowClose, type CloseGuard } from './close-guard';
import { installContextMenu } from './context-menu';
import { createExportFolderChooser, createFolderChooser, createSaveFileChooser } from './dialogs';
import { installMenu, type SendToRenderer } from './menu';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { hardenSession, hardenWebContents } from './security';
import { applySpellcheckLanguage } from './spellcheck';
import { createShellTrashBin } from './trash';
import { windowOptions } from './windowOptions';

/** Where the built preload script and UI live. */
export interface AppPaths {
  /** The CommonJS preload bundle (`out/preload/index.cjs`). */
  preload: string;
  /** The folder app:// serves (`out/renderer`). */
  rendererRoot: string;
}

function reportFatal(err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  console.error('[copydesk] startup failed:', err);
  dialog.showErrorBox('Copydesk could not start', message);
  app.exit(1);
}

/**
 * Runs the desktop app: one instance, a hardened session, the UI over app://,
 * the services behind IPC, and the app menu.
 */
export function runApp(paths: AppPaths): void {
  // Packaged, the stylesheet ships as a resource (electron-builder.yml extraResources).
  setHouseStylesheetPath(
    app.isPackaged ? join(process.resourcesPath, 'export', 'article.css') : join(app.getAppPath(), 'assets', 'export', 'article.css'),
  );
  // Both must happen before the app is ready.
  registerAppScheme();
  app.enableSandbox();

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  let mainWindow: BrowserWindow | null = null;
  let session: Session | null = null;
  let closed = false;
  let quitting = false;
  let closeGuard: CloseGuard | null = null;

  const send: SendToRenderer = (event, payload) => {
    if (mainWindow && !mainWindow.isDestroyed()) sendEvent(mainWindow.webContents, event, payload);
  };

  const refreshMenu = (workspace: WorkspaceInfo | null): void => {
    installMenu({ isPackaged: app.isPackaged, platform: process.platform, workspace, send });
  };

  const openWindow = (current: Session): BrowserWindow => {
    const win = new BrowserWindow(windowOptions({ isPackaged: app.isPackaged, preload: paths.preload }));
    mainWindow = win;
    forwardEvents(current, win.webContents);
    installContextMenu(win.webContents);
    // The page saves (or backs up) before the window goes; see the renderer's quit handling.
    closeGuard = guardWindowClose(win, {
      askPage: () => {
        if (win.webContents.isDestroyed() || win.webContents.isCrashed()) return false;
        sendEvent(win.webContents, 'app:beforeQuit', {});
        return true;
      },
    });
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
      // Quitting was held while the page saved; carry on now (macOS keeps the app open otherwise).
      if (quitting) app.quit();
    });
    win.loadURL(APP_INDEX_URL).catch((err: unknown) => {
      console.error('[copydesk] the window could not load the app:', err);
    });
    return win;
  };

  const start = async (): Promise<void> => {
    await app.whenReady();
    hardenSession(electronSession.defaultSession);
    handleAppProtocol(paths.rendererRoot);

    const current = new Session({
      settings: new SettingsStore(join(app.getPath('userData'), 'settings.json')),
      defaultWorkspace: join(app.getPath('documents'), 'Copydesk'),
      trashBin: createShellTrashBin(),
      chooseFolder: createFolderChooser(() => mainWindow),
      chooseExportFolder: createExportFolderChooser(() => mainWindow),
      chooseSaveFile: createSaveFileChooser(() => mainWindow),
    });
    session = current;
    current.subscribe((event, payload) => {
      if (event === 'workspace:switched') refreshMenu(payload as WorkspaceInfo);
    });
    await current.start();
    registerIpc(
      createHandlers(current, {
        setSpellcheckLanguage: (language) => applySpellcheckLanguage(electronSession.defaultSession, language, process.platform),
        readyToQuit: () => closeGuard?.ready(),
      }),
      createSenderCheck(() => mainWindow),
    );
    openWindow(current);

    app.on('activate', () => {
      if (!mainWindow) openWindow(current);
    });
  };

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents);
  });
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', (event) => {
    if (closed || !session) return;
    // Stop the workspace watcher before the process goes away.
    event.preventDefault();
    const stopping = session;
    session = null;
    stopping
      .close()
      .catch((err: unknown) => console.error('[copydesk] closing the workspace failed:', err))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });

  start().catch(reportFatal);
}
