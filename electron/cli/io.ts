import type { WorkspaceStore } from '../services/workspace/types';

/** Where a command writes, and the process facts it may read. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** True when standard output is a terminal (colour allowed). */
  readonly isTTY?: boolean;
}

/** What a command runs with: its output, and how to reach a workspace. */
export interface CliContext {
  readonly io: CliIo;
  /** Opens (creating if needed) the workspace at an absolute path. */
  openStore(root: string): Promise<WorkspaceStore>;
}
