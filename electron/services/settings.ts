import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './workspace/atomic-write';
import { DEFAULT_EDITOR_SETTINGS, editorSettingsSchema, type EditorSettings } from '../../shared/ipc/contract';

const settingsSchema = z.object({
  recentWorkspaces: z.array(z.string()).max(10).default([]),
  lastWorkspace: z.string().nullable().default(null),
  author: z.object({ name: z.string().max(200), initials: z.string().max(8) }).default({ name: '', initials: '' }),
  // A bad value falls back on its own rather than resetting every other setting.
  headlineLimit: editorSettingsSchema.shape.headlineLimit.catch(DEFAULT_EDITOR_SETTINGS.headlineLimit),
  wordsPerMinute: editorSettingsSchema.shape.wordsPerMinute.catch(DEFAULT_EDITOR_SETTINGS.wordsPerMinute),
});
/** Per-machine settings: recent workspaces and who you are. */
export type Settings = z.infer<typeof settingsSchema>;

/** Settings kept as one JSON file; a corrupt file is set aside, never fatal. */
export class SettingsStore {
  private cache: Settings | null = null;
  constructor(readonly file: string) {}

  /** The current settings (defaults when the file is missing or unreadable). */
  async get(): Promise<Settings> {
    if (this.cache) return this.cache;
    let raw: unknown = {};
    try {
      raw = JSON.parse(await readFile(this.file, 'utf8'));
    } catch {
      raw = {};
    }
    const parsed = settingsSchema.safeParse(raw);
    this.cache = parsed.success ? parsed.data : settingsSchema.parse({});
    return this.cache;
  }

  /** Applies `change` and writes the file atomically. */
  async update(change: (s: Settings) => Settings): Promise<Settings> {
    const next = settingsSchema.parse(change(await this.get()));
    await mkdir(dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, JSON.stringify(next, null, 2) + '\n');
    this.cache = next;
    return next;
  }

  /** The editor preferences the window may see. */
  async editorSettings(): Promise<EditorSettings> {
    const { headlineLimit, wordsPerMinute } = await this.get();
    return { headlineLimit, wordsPerMinute };
  }

  /** Changes some editor preferences and answers all of them. */
  async updateEditorSettings(patch: Partial<EditorSettings>): Promise<EditorSettings> {
    const next = await this.update((s) => ({ ...s, ...editorSettingsSchema.partial().parse(patch) }));
    return { headlineLimit: next.headlineLimit, wordsPerMinute: next.wordsPerMinute };
  }

  /** Puts `root` first in the recent list and remembers it as the last workspace. */
  async rememberWorkspace(root: string): Promise<Settings> {
    return this.update((s) => ({
      ...s,
      lastWorkspace: root,
      recentWorkspaces: [root, ...s.recentWorkspaces.filter((r) => r !== root)].slice(0, 10),
    }));
  }
}
