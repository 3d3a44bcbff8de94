import type { Article } from '../model/article';
import { headlineLengthCheck, requiredFieldsCheck, wordCountCheck } from './fields';
import { imageAltCheck, malformedLinksCheck } from './media';
import { placeholdersCheck } from './placeholders';
import { ambiguousPronounCheck, speakerFirstMentionCheck, unattributedQuotesCheck, unbalancedQuotesCheck } from '../quotes/checks';
import { quotationMarksCheck, quoteIntegrityCheck, untaggedQuotesCheck } from './quotes';
import { pendingSuggestionsCheck, unresolvedCommentsCheck } from './review-state';
import type { Check, CheckOptions, CheckProblem, CheckSettings } from './types';
import { DEFAULT_HEADLINE_LIMIT } from './defaults';

/** Default word-count tolerance around the target (±10%). */
const DEFAULT_WORD_TOLERANCE = 0.1;

/** The pre-publish checks, in the order the Approve step, the Checks panel and the CLI list them. */
export const PREPUBLISH_CHECKS: readonly Check[] = [
  requiredFieldsCheck,
  headlineLengthCheck,
  placeholdersCheck,
  untaggedQuotesCheck,
  quotationMarksCheck,
  quoteIntegrityCheck,
  unattributedQuotesCheck,
  unbalancedQuotesCheck,
  ambiguousPronounCheck,
  speakerFirstMentionCheck,
  unresolvedCommentsCheck,
  pendingSuggestionsCheck,
  imageAltCheck,
  malformedLinksCheck,
  wordCountCheck,
];

/** Runs every check on a story; a check that throws is reported as a blocking problem, never thrown. */
export function runChecks(article: Article, options: CheckOptions = {}): CheckProblem[] {
  const settings: CheckSettings = {
    headlineLimit: options.headlineLimit ?? DEFAULT_HEADLINE_LIMIT,
    wordTolerance: options.wordTolerance ?? DEFAULT_WORD_TOLERANCE,
  };
  const checks = [...(options.checks ?? PREPUBLISH_CHECKS), ...(options.extraChecks ?? [])];
  const problems: CheckProblem[] = [];
  for (const check of checks) {
    try {
      problems.push(...check.run(article, settings));
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      problems.push({ check: check.id, severity: 'blocking', message: `The "${check.label}" check could not run: ${reason}` });
    }
  }
  return problems;
}

/** True when any problem blocks approval. */
export function hasBlocking(problems: readonly CheckProblem[]): boolean {
  return problems.some((p) => p.severity === 'blocking');
}
