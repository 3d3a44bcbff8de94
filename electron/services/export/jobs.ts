import { randomUUID } from 'node:crypto';
import { ServiceError } from '../errors';

/** Runs background exports, each with its own AbortController, so a later request can cancel one. */
export class ExportJobs {
  private readonly running = new Map<string, AbortController>();

  /** Starts `work` without waiting for it; returns the new job's id. `work` must not throw. */
  start(work: (signal: AbortSignal, jobId: string) => Promise<void>): string {
    const jobId = randomUUID();
    const controller = new AbortController();
    this.running.set(jobId, controller);
    void work(controller.signal, jobId).finally(() => this.running.delete(jobId));
    return jobId;
  }

  /** Asks a running job to stop before its next story; false when no such job is running. */
  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    if (!controller) return false;
    controller.abort();
    return true;
  }

  /** Refuses a new job while `limit` are already running. */
  ensureRoom(limit = 4): void {
    if (this.running.size >= limit) throw new ServiceError('unsupported', 'Too many exports are running. Wait for one to finish.');
  }
}
