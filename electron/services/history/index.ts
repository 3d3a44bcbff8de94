export { openHistory, HISTORY_DIR, type HistoryOptions } from './store';
export { selectForRetention, type RetentionSelection } from './retention';
export { contentHash } from './snapshot-file';
export * from './types';
