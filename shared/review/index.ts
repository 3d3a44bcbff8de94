export { wordDiff, oldText, newText, hasChanges, diffStats } from './word-diff';
export type { DiffKind, DiffSegment, DiffStats } from './word-diff';
export { articleDiff } from './article-diff';
export type { ArticleDiff, BlockDiff, FieldChange } from './article-diff';
export { blockDiffText } from './block-text';
export { statusGate, changeStatus, approvalBlockers, statusRank, StatusChangeError } from './status';
export type { StatusGate, StatusChange } from './status';
export { anchoredCommentIds, anchoredText, commentViews, addComment, addReply, setResolved, removeComment, isAuthor } from './comments';
export type { CommentView, Authored } from './comments';
