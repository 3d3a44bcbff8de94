import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../../electron/main/windowOptions';

const preload = '/app/out/preload/index.cjs';

describe('the main window', () => {
  it('uses exactly the web preferences of the security checklist', () => {
    const options = windowOptions({ isPackaged: true, preload });
    expect(options.webPreferences).toStrictEqual({
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
      devTools: false,
      preload,
    });
  });

  it('opens devtools only to builds that are not packaged', () => {
    expect(windowOptions({ isPackaged: false, preload }).webPreferences?.devTools).toBe(true);
    expect(windowOptions({ isPackaged: true, preload }).webPreferences?.devTools).toBe(false);
  });

  it('turns on no Blink features and stays hidden until it has painted', () => {
    const options = windowOptions({ isPackaged: false, preload });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(options.show).toBe(false);
  });
});
