/** Runs tasks for the same key one after another, in the order they were queued. */
export class WriteQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Queues `task` behind every earlier task for `key`. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }
}
