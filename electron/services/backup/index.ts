import { BackupStore } from './store';

export { BACKUP_DIR, BackupStore, type BackupInput } from './store';

const stores = new Map<string, BackupStore>();

/** The one backup store of a workspace folder, so writes to it are queued together. */
export function backupStoreFor(root: string): BackupStore {
  let store = stores.get(root);
  if (!store) {
    store = new BackupStore(root);
    stores.set(root, store);
  }
  return store;
}
