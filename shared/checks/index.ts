export { PREPUBLISH_CHECKS, runChecks, hasBlocking, DEFAULT_HEADLINE_LIMIT, DEFAULT_WORD_TOLERANCE } from './list';
export type { Check, CheckOptions, CheckProblem, CheckSettings, CheckSeverity } from './types';
export { findPlaceholders } from './placeholders';
export { findQuotations } from './quotes';
