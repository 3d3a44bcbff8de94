import { basename } from 'node:path';
import { watch } from 'chokidar';
import { idFromFileName } from './paths';
import type { DiskChange } from './types';

const SETTLE_MS = 60;

/**
 * Watches a workspace folder. Events are only hints: each is confirmed by
 * `confirm` (stat and hash) before `onChange` hears of it.
 */
export function watchWorkspace(
  root: string,
  confirm: (id: string) => Promise<DiskChange | null>,
  onChange: (changes: DiskChange[]) => void,
): () => Promise<void> {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let closed = false;

  const flush = async () => {
    timer = null;
    const ids = [...pending];
    pending.clear();
    const changes: DiskChange[] = [];
    for (const id of ids) {
      const change = await confirm(id).catch(() => null);
      if (change) changes.push(change);
    }
    if (changes.length > 0 && !closed) onChange(changes);
  };

  const hint = (path: string) => {
    const id = idFromFileName(basename(path));
    if (id === null) return;
    pending.add(id);
    timer ??= setTimeout(() => void flush(), SETTLE_MS);
  };

  const watcher = watch(root, {
    depth: 0,
    ignoreInitial: true,
    followSymlinks: false,
    ignored: (path: string) => path !== root && basename(path).startsWith('.'),
  });
  watcher.on('add', hint).on('change', hint).on('unlink', hint);

  return async () => {
    closed = true;
    if (timer) clearTimeout(timer);
    await watcher.close();
  };
}
