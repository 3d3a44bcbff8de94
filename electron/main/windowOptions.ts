import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** What the window options depend on. */
export interface WindowOptionsInput {
  /** `app.isPackaged`: devtools are closed to packaged builds. */
  isPackaged: boolean;
  /** Absolute path of the bundled, CommonJS preload script. */
  preload: string;
}

/** The renderer's web preferences: every security setting spelled out, even where it is Electron's default. */
export function webPreferences({ isPackaged, preload }: WindowOptionsInput): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: true,
    devTools: !isPackaged,
    preload,
  };
}

/** Options for the main window; it stays hidden until its first paint. */
export function windowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: 'Copydesk',
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: webPreferences(input),
  };
}
