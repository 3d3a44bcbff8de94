export { wordDiff, oldText, newText, hasChanges, diffStats } from './word-diff';
export type { DiffKind, DiffSegment, DiffStats } from './word-diff';
export { articleDiff } from './article-diff';
export type { ArticleDiff, BlockDiff, FieldChange } from './article-diff';
export { blockDiffText } from './block-text';
