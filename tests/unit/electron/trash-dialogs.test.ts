import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  shell: { trashItem: vi.fn((_path: string) => Promise.resolve()) },
  dialog: {
    showOpenDialog: vi.fn((..._args: unknown[]) => Promise.resolve({ canceled: false, filePaths: ['/srv/metro'] })),
  },
}));
vi.mock('electron', () => fake);

const { createShellTrashBin } = await import('../../../electron/main/trash');
const { createFolderChooser } = await import('../../../electron/main/dialogs');

beforeEach(() => {
  vi.clearAllMocks();
});

describe('the OS trash bin', () => {
  it('moves the file with shell.trashItem and reports its failure', async () => {
    const bin = createShellTrashBin();
    await bin.trash('/desk/story.story.json');
    expect(fake.shell.trashItem).toHaveBeenCalledWith('/desk/story.story.json');
    fake.shell.trashItem.mockRejectedValueOnce(new Error('no trash here'));
    await expect(bin.trash('/desk/other.story.json')).rejects.toThrow('no trash here');
  });
});

describe('choosing a workspace folder', () => {
  const win = { isDestroyed: () => false } as unknown as BrowserWindow;

  it('asks for a folder, attached to the window, and may create one', async () => {
    await expect(createFolderChooser(() => win)()).resolves.toBe('/srv/metro');
    const [parent, options] = fake.dialog.showOpenDialog.mock.calls[0] as [unknown, { properties: string[] }];
    expect(parent).toBe(win);
    expect(options.properties).toEqual(expect.arrayContaining(['openDirectory', 'createDirectory']));
  });

  it('gives null when the user cancels', async () => {
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(createFolderChooser(() => null)()).resolves.toBeNull();
    expect(fake.dialog.showOpenDialog.mock.calls[0]).toHaveLength(1);
  });
});
