import { access } from 'node:fs/promises';
import { basename } from 'node:path';
import type { EventName, EventPayload, WorkspaceInfo } from '../../shared/ipc/contract';
import { ServiceError } from '../services/errors';
import { AssetStore } from '../services/assets/store';
import { BackupStore } from '../services/backup/store';
import { openHistory } from '../services/history/store';
import type { HistoryStore } from '../services/history/types';
import type { SettingsStore } from '../services/settings';
import { sampleStory } from '../services/sample-story';
import { sha256 } from '../services/workspace/hash';
import { openWorkspaceStore } from '../services/workspace/store';
import type { TrashBin, WorkspaceStore } from '../services/workspace/types';

/** What a session needs from its host (the Electron app, the web server or a test). */
export interface SessionOptions {
  settings: SettingsStore;
  /** Opened on first run, created with a sample story if missing. */
  defaultWorkspace: string;
  trashBin?: TrashBin;
  /** Asks the user for a folder; absent where no dialog exists (the web transport). */
  chooseFolder?: () => Promise<string | null>;
  /** Asks the user for a folder to export into; absent where no dialog exists (exports then go inside the workspace). */
  chooseExportFolder?: () => Promise<string | null>;
  /** Asks where to save one file, suggesting `fileName`; absent where no dialog exists. The path never comes from the page. */
  chooseSaveFile?: (fileName: string) => Promise<string | null>;
  /** Awaited before each story of a folder export; only tests set it, to slow a job down. */
  exportPace?: () => Promise<void>;
}

type Listener = (event: EventName, payload: unknown) => void;

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

// The workspace and one history and backup store for it, so that their write queues order every write to it.
type OpenWorkspace = { store: WorkspaceStore; history: HistoryStore; backups: BackupStore };

/** One open workspace with its watcher, plus the recent list; what the handlers act on. */
export class Session {
  private current: OpenWorkspace | null = null;
  private stopWatching: (() => Promise<void>) | null = null;
  private readonly listeners = new Set<Listener>();

  constructor(readonly options: SessionOptions) {}

  /** The open workspace; throws before `start`. */
  get store(): WorkspaceStore {
    return this.opened.store;
  }

  /** The version history of the open workspace; throws before `start`. */
  get history(): HistoryStore {
    return this.opened.history;
  }

  /** The backups of unsaved edits of the open workspace; throws before `start`. */
  get backups(): BackupStore {
    return this.opened.backups;
  }

  private get opened(): OpenWorkspace {
    if (!this.current) throw new ServiceError('internal', 'No workspace is open.');
    return this.current;
  }

  /** The images of the open workspace; throws before `start`. */
  get assets(): AssetStore {
    return new AssetStore(this.store.root);
  }

  /** Opens `root`, or the last workspace, or the default one (seeding the sample story on first run). */
  async start(root?: string): Promise<WorkspaceInfo> {
    const settings = await this.options.settings.get();
    const last = settings.lastWorkspace;
    const target = root ?? (last && (await exists(last)) ? last : this.options.defaultWorkspace);
    return this.open(target);
  }

  /** Switches to the folder at `root`, remembering it among the recent workspaces. */
  async open(root: string): Promise<WorkspaceInfo> {
    const fresh = !(await exists(root));
    const store = await openWorkspaceStore(root, this.options.trashBin ? { trashBin: this.options.trashBin } : {});
    if (fresh && root === this.options.defaultWorkspace) await store.create(sampleStory());
    await this.stopWatching?.();
    this.current = { store, history: openHistory(store.root), backups: new BackupStore(store.root) };
    this.stopWatching = store.watch((changes) => this.emit('workspace:changed', { changes }));
    await this.options.settings.rememberWorkspace(store.root);
    const info = await this.info();
    this.emit('workspace:switched', info);
    return info;
  }

  /** Name, path and recent workspaces, for the window title and the File menu. */
  async info(): Promise<WorkspaceInfo> {
    const settings = await this.options.settings.get();
    return {
      name: basename(this.store.root),
      path: this.store.root,
      recent: settings.recentWorkspaces.map((path) => ({ key: recentKey(path), name: basename(path), path })),
      canChooseFolder: this.options.chooseFolder !== undefined,
    };
  }

  /** Opens a recent workspace by its key. */
  async openRecent(key: string): Promise<WorkspaceInfo> {
    const settings = await this.options.settings.get();
    const path = settings.recentWorkspaces.find((p) => recentKey(p) === key);
    if (!path) throw new ServiceError('not-found', 'That workspace is not in the recent list.');
    if (!(await exists(path))) throw new ServiceError('not-found', `The folder ${basename(path)} is gone.`);
    return this.open(path);
  }

  /** Lets the user pick a folder and opens it; null when they cancel. */
  async choose(): Promise<WorkspaceInfo | null> {
    if (!this.options.chooseFolder) {
      throw new ServiceError('unsupported', 'Opening another folder needs the desktop app.');
    }
    const path = await this.options.chooseFolder();
    return path ? this.open(path) : null;
  }

  /** Adds a listener for pushed events; returns a function that removes it. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Pushes an event to every listener (the window). */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  /** Stops the watcher. */
  async close(): Promise<void> {
    await this.stopWatching?.();
    this.stopWatching = null;
  }
}

/** A stable key for a recent workspace, so paths never travel from the renderer. */
export function recentKey(path: string): string {
  return sha256(path).slice(0, 16);
}
