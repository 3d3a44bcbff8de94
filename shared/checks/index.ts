export { PREPUBLISH_CHECKS, runChecks, hasBlocking } from './list';
export type { Check, CheckOptions, CheckProblem, CheckSettings, CheckSeverity } from './types';
export { findPlaceholders } from './placeholders';
export { findQuotations } from './quotes';
