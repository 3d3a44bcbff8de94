import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';

const OPEN_WORKSPACE: OpenDialogOptions = {
  title: 'Open Workspace',
  buttonLabel: 'Open',
  properties: ['openDirectory', 'createDirectory'],
};

/** Shows an open dialog for one folder, attached to the window when there is one; null when cancelled. */
function folderChooser(getWindow: () => BrowserWindow | null, options: OpenDialogOptions): () => Promise<string | null> {
  return async () => {
    const win = getWindow();
    const result = win && !win.isDestroyed() ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    const [folder] = result.filePaths;
    return result.canceled || folder === undefined ? null : folder;
  };
}

/** Asks the user for a workspace folder; null when cancelled. */
export function createFolderChooser(getWindow: () => BrowserWindow | null): () => Promise<string | null> {
  return folderChooser(getWindow, OPEN_WORKSPACE);
}

const EXPORT_FOLDER: OpenDialogOptions = {
  title: 'Export to Folder',
  buttonLabel: 'Export Here',
  properties: ['openDirectory', 'createDirectory'],
};

/** Asks the user for the folder an export writes into; null when cancelled. The path never comes from the page. */
export function createExportFolderChooser(getWindow: () => BrowserWindow | null): () => Promise<string | null> {
  return folderChooser(getWindow, EXPORT_FOLDER);
}

/** Asks where to save one HTML file, suggesting `fileName`; null when cancelled. The path never comes from the page. */
export function createSaveFileChooser(getWindow: () => BrowserWindow | null): (fileName: string) => Promise<string | null> {
  return async (fileName) => {
    const options: SaveDialogOptions = {
      title: 'Save Review Copy',
      defaultPath: fileName,
      filters: [{ name: 'Web page', extensions: ['html'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const win = getWindow();
    const result = win && !win.isDestroyed() ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
}
