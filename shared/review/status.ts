import type { Article, Person, Status } from '../model/article';
import { runChecks, type CheckOptions, type CheckProblem } from '../checks';

/** Checks whose problems stop a story from being approved, whatever their severity. */
const REVIEW_CHECKS = new Set(['unresolved-comments', 'pending-suggestions']);

/** The problems that stop `article` being approved: blocking ones, unresolved comments and pending suggestions. */
export function approvalBlockers(problems: readonly CheckProblem[]): CheckProblem[] {
  return problems.filter((p) => p.severity === 'blocking' || REVIEW_CHECKS.has(p.check));
}

/** What moving a story to a status needs before it can happen. */
export type StatusGate =
  | { kind: 'open' }
  | { kind: 'same' }
  /** Approved only after the checks: the blockers need an override reason; warnings are shown. */
  | { kind: 'checks'; blockers: CheckProblem[]; warnings: CheckProblem[] }
  | { kind: 'refused'; message: string };

/**
 * What moving `article` to `status` needs. A story may go back to any earlier
 * status; it is approved only after the pre-publish checks, and published only once approved.
 */
export function statusGate(article: Article, status: Status, options: CheckOptions = {}): StatusGate {
  const from = article.metadata.status;
  if (from === status) return { kind: 'same' };
  if (status === 'published' && from !== 'approved') return { kind: 'refused', message: 'Approve the story before it is published.' };
  if (status !== 'approved') return { kind: 'open' };
  const problems = runChecks(article, options);
  const blockers = approvalBlockers(problems);
  const warnings = problems.filter((p) => !blockers.includes(p));
  return { kind: 'checks', blockers, warnings };
}

/** Why a status change was refused. */
export class StatusChangeError extends Error {
  override name = 'StatusChangeError';
}

/** How a status change is made: by whom, when, and the reason when blockers are overridden. */
export interface StatusChange {
  status: Status;
  by: Person;
  at: Date;
  /** Required when the move has blockers; recorded in the status log. */
  override?: string;
}

/**
 * The story moved to a new status, with the move in its status log. Throws
 * StatusChangeError when the move is refused, or has blockers and no override reason.
 */
export function changeStatus(article: Article, change: StatusChange, options: CheckOptions = {}): Article {
  const gate = statusGate(article, change.status, options);
  if (gate.kind === 'same') return article;
  if (gate.kind === 'refused') throw new StatusChangeError(gate.message);
  const reason = change.override?.trim() ?? '';
  if (gate.kind === 'checks' && gate.blockers.length > 0 && reason === '') {
    throw new StatusChangeError(`${gate.blockers.length} problem(s) stop approval; give a reason to override them.`);
  }
  const entry = {
    status: change.status,
    at: change.at.toISOString(),
    by: { name: change.by.name.trim(), initials: change.by.initials.trim() },
    ...(reason !== '' ? { note: reason } : {}),
  };
  return {
    ...article,
    metadata: { ...article.metadata, status: change.status },
    statusLog: [...article.statusLog, entry],
  };
}
