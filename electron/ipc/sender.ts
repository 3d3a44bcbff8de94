import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from '../main/appUrl';

/** Decides whether an IPC call comes from the app's own page. */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/**
 * Trusts only the main frame of the main window while it shows the app:
 * not a subframe (the preview), not a frame that is gone, not another origin.
 */
export function createSenderCheck(getWindow: () => BrowserWindow | null): SenderCheck {
  return (event) => {
    try {
      const frame = event.senderFrame;
      if (!frame) return false;
      const win = getWindow();
      if (!win || win.isDestroyed()) return false;
      if (frame !== win.webContents.mainFrame) return false;
      return isAppUrl(frame.url);
    } catch {
      // A frame that was torn down mid-call can throw on access.
      return false;
    }
  };
}
