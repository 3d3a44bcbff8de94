import type { Metadata } from '../../../shared/model/article';

/** The header fields an edit can change (everything but the timestamps). */
export type FieldPatch = Partial<Omit<Metadata, 'createdAt' | 'updatedAt'>>;

/** The body's own undo stack (slate-history), driven by the timeline. */
export interface BodyHistory {
  undo(): void;
  redo(): void;
  /** Forgets the body's redo stack (a new edit elsewhere makes it unreachable). */
  clearRedos(): void;
}

interface BodyEntry {
  kind: 'body';
}

interface FieldEntry {
  kind: 'field';
  /** Edits with the same key typed in one go become one entry. */
  key: string;
  before: FieldPatch;
  after: FieldPatch;
  at: number;
  open: boolean;
}

type Entry = BodyEntry | FieldEntry;

/** Typing in one field merges into one step until a pause this long. */
export const COALESCE_MS = 1000;
const LIMIT = 300;

/**
 * One undo history for the whole story: body edits are slate-history batches
 * (recorded here as they are made) and header edits are field entries; undo
 * and redo walk both in the order the edits were made.
 */
export class Timeline {
  private undos: Entry[] = [];
  private redos: Entry[] = [];
  private body: BodyHistory | null = null;
  private replaying = false;

  constructor(
    private readonly applyFields: (patch: FieldPatch) => void,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Connects the body editor of a freshly loaded story; returns a function that disconnects it. */
  attachBody(body: BodyHistory): () => void {
    this.reset();
    this.body = body;
    return () => {
      if (this.body === body) {
        this.body = null;
        this.reset();
      }
    };
  }

  /** Forgets every step (a different story, or the file reloaded). */
  reset(): void {
    this.undos = [];
    this.redos = [];
  }

  /** True while the timeline itself is moving the body back or forth. */
  get isReplaying(): boolean {
    return this.replaying;
  }

  get canUndo(): boolean {
    return this.undos.length > 0;
  }

  get canRedo(): boolean {
    return this.redos.length > 0;
  }

  /** True when the next body edit must start its own batch (something else happened since the last one). */
  get bodyNeedsNewBatch(): boolean {
    return this.undos.at(-1)?.kind !== 'body';
  }

  /** slate-history started a new batch. */
  recordBody(): void {
    this.seal();
    this.push({ kind: 'body' });
    this.redos = [];
  }

  /** The body changed (a new batch or more of the last one): what was undone can no longer be redone. */
  bodyEdited(): void {
    if (this.redos.length > 0) this.redos = [];
  }

  /**
   * Records a header edit; keystrokes in the same field within a short pause
   * merge into one step. A `discrete` edit (a button, a menu) is always a step of its own.
   */
  recordField(key: string, before: FieldPatch, after: FieldPatch, discrete = false): void {
    const top = this.undos.at(-1);
    const at = this.now();
    if (!discrete && top?.kind === 'field' && top.open && top.key === key && at - top.at < COALESCE_MS) {
      top.before = { ...before, ...top.before };
      top.after = { ...top.after, ...after };
      top.at = at;
    } else {
      this.seal();
      this.push({ kind: 'field', key, before, after, at, open: !discrete });
    }
    this.redos = [];
    this.body?.clearRedos();
  }

  /** Ends the current typing step, so the next keystroke starts a new one (focus moved, for instance). */
  seal(): void {
    const top = this.undos.at(-1);
    if (top?.kind === 'field') top.open = false;
  }

  /** Undoes the latest step, body or header; false when there is none. */
  undo(): boolean {
    const entry = this.undos.pop();
    if (!entry) return false;
    if (entry.kind === 'field') {
      entry.open = false;
      this.applyFields(entry.before);
    } else {
      this.replay(() => this.body?.undo());
    }
    this.redos.push(entry);
    return true;
  }

  /** Redoes the step undone last; false when there is none. */
  redo(): boolean {
    const entry = this.redos.pop();
    if (!entry) return false;
    if (entry.kind === 'field') this.applyFields(entry.after);
    else this.replay(() => this.body?.redo());
    this.push(entry);
    return true;
  }

  private push(entry: Entry): void {
    this.undos.push(entry);
    if (this.undos.length > LIMIT) this.undos.shift();
  }

  private replay(fn: () => void): void {
    this.replaying = true;
    try {
      fn();
    } finally {
      this.replaying = false;
    }
  }
}
