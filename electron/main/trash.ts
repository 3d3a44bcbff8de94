import { shell } from 'electron';
import type { TrashBin } from '../services/workspace/types';

/** The operating system's trash (Recycle Bin on Windows), through Electron. */
export function createShellTrashBin(): TrashBin {
  return {
    trash: (absPath) => shell.trashItem(absPath),
  };
}
