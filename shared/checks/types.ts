import type { Article } from '../model/article';

/** Blocking problems stop Approved unless overridden with a reason; warnings are shown only. */
export type CheckSeverity = 'blocking' | 'warning';

/** One thing a pre-publish check found. */
export interface CheckProblem {
  /** Id of the check that found it. */
  check: string;
  severity: CheckSeverity;
  message: string;
  /** Slate path into the body (block, then list item or inline) when the problem is in the body. */
  path?: number[];
  /** Metadata field name when the problem is above the body. */
  field?: string;
}

/** Settings of the checks, all with defaults. */
export interface CheckSettings {
  /** Longest headline, in characters. */
  headlineLimit: number;
  /** How far the word count may stray from the target, as a fraction (0.1 = ±10%). */
  wordTolerance: number;
}

/** One pre-publish check: a pure function of the story. */
export interface Check {
  id: string;
  /** Short name for the Checks panel. */
  label: string;
  run(article: Article, settings: CheckSettings): CheckProblem[];
}

/** Options of `runChecks`. */
export interface CheckOptions extends Partial<CheckSettings> {
  /** Replaces the standard list (tests, or a caller with its own list). */
  checks?: readonly Check[];
  /** Checks run after the list, e.g. ones another module provides. */
  extraChecks?: readonly Check[];
}
