export { BACKUP_DIR, BackupStore, type BackupInput } from './store';
