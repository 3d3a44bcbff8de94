import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { createHandlers } from '../../electron/api/handlers';
import { Session } from '../../electron/api/session';
import { SettingsStore } from '../../electron/services/settings';
import { startWebServer, type WebServer } from '../../electron/web/server';
import type { Article } from '../../shared/model/article';
import { createArticle, type NewArticleInput } from '../../shared/model/factory';
import { ARTICLE_EXTENSION, parseArticle, serializeArticle } from '../../shared/model/serialize';
import { StoryEditorPage } from './story-editor';

const repoRoot = resolve(import.meta.dirname, '..', '..');
// COPYDESK_STATIC_DIR lets several people test their own build of the interface side by side.
const staticDir = process.env['COPYDESK_STATIC_DIR'] ?? join(repoRoot, 'out', 'renderer');

/** The app in Chromium over a real session on a temp workspace, with helpers to act on disk as another program would. */
export class CopydeskApp {
  constructor(
    readonly page: Page,
    readonly root: string,
    readonly server: WebServer,
    private readonly session: Session,
  ) {}

  /** Sends what the desktop app's menu sends the page (`menu:undo`, `menu:settings`, …). */
  menu(event: 'menu:undo' | 'menu:redo' | 'menu:selectAll' | 'menu:settings' | 'menu:newStory'): void {
    this.session.emit(event, {});
  }

  /** Opens the tokenized URL and waits for the library; `query` (such as `?autosaveMs=60000`) is added to the app's address. */
  async launch(query = ''): Promise<void> {
    await this.page.goto(this.server.url);
    if (query) await this.page.goto(`${this.server.origin}/${query}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('workspace');
  }

  /** The same app in another tab of the same browser (signed in already). */
  async openAnotherPage(query = ''): Promise<CopydeskApp> {
    const page = await this.page.context().newPage();
    await page.goto(`${this.server.origin}/${query}`);
    return new CopydeskApp(page, this.root, this.server, this.session);
  }

  /** A header text field by its accessible name (Section, Standfirst, Social headline, Slug, …). */
  field(name: string): Locator {
    return this.page.getByRole('textbox', { name, exact: true });
  }

  /** Pastes into the body the way a browser does: a paste event carrying the clipboard's types. */
  async pasteIntoBody(data: Record<string, string>): Promise<void> {
    await this.body.evaluate((el, items) => {
      const clipboard = new DataTransfer();
      for (const [type, value] of Object.entries(items)) clipboard.setData(type, value);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
    }, data);
  }

  /** Crashes the page's renderer: no unload handlers run, no last save goes out. */
  async crash(): Promise<void> {
    const cdp = await this.page.context().newCDPSession(this.page);
    const crashed = this.page.waitForEvent('crash');
    // The command never answers: the page is gone.
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
  }

  /** Where the backup of a story's unsaved edits is kept. */
  backupFile(id: string): string {
    return join(this.root, '.copydesk', 'backups', id + '.json');
  }

  /** The text of a story's backup, or null when there is none. */
  async readBackup(id: string): Promise<string | null> {
    return readFile(this.backupFile(id), 'utf8').catch(() => null);
  }

  get library(): Locator {
    return this.page.getByRole('complementary', { name: 'Library' });
  }

  /** The row button that opens the story with this headline. */
  storyButton(headline: string): Locator {
    return this.library.getByRole('button', { name: headline, exact: true });
  }

  get headline(): Locator {
    return this.page.getByRole('textbox', { name: 'Headline', exact: true });
  }

  get body(): Locator {
    return this.page.getByRole('textbox', { name: 'Story body' });
  }

  /** The body editor's toolbar, block menu, block forms and find bar. */
  get editor(): StoryEditorPage {
    return new StoryEditorPage(this.page, this.body);
  }

  get saveState(): Locator {
    return this.page.getByRole('status', { name: 'Save state' });
  }

  /** Opens a story from the library and waits for its headline in the editor. */
  async open(headline: string): Promise<void> {
    await this.storyButton(headline).click();
    await expect(this.headline).toHaveValue(headline);
  }

  /** Puts the caret at the very end of the body and types. */
  async typeAtEnd(text: string): Promise<void> {
    await this.body.click();
    await this.page.keyboard.press('ControlOrMeta+End');
    await this.page.keyboard.type(text);
  }

  /**
   * Selects `phrase` in the body as a mouse drag would, then waits out the moment the
   * editor takes to hear of a selection made on the page.
   */
  async selectInBody(phrase: string): Promise<void> {
    await this.body.focus();
    await this.body.evaluate((root, text) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(text) ?? -1;
        if (at >= 0) {
          window.getSelection()?.setBaseAndExtent(node, at, node, at + text.length);
          return;
        }
      }
      throw new Error(`"${text}" is not in the body`);
    }, phrase);
    await expect.poll(() => this.page.evaluate(() => window.getSelection()?.toString())).toBe(phrase);
    await this.page.waitForTimeout(150);
  }

  file(id: string): string {
    return join(this.root, id + ARTICLE_EXTENSION);
  }

  /** Reads and validates a story file straight from disk. */
  async readStory(id: string): Promise<Article> {
    // A save swaps the file in two steps, so for a few microseconds the name can be missing; read again then.
    for (let attempt = 0; ; attempt++) {
      try {
        return parseArticle(await readFile(this.file(id), 'utf8'));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || attempt >= 20) throw err;
        await new Promise((r) => setTimeout(r, 10));
      }
    }
  }

  /** Writes a story file the way another program would. */
  async writeStory(id: string, article: Article): Promise<void> {
    await writeFile(this.file(id), serializeArticle(article));
  }

  /** Creates a story file on disk and returns its id. */
  async addStory(id: string, input: NewArticleInput): Promise<Article> {
    const article = createArticle(input);
    await this.writeStory(id, article);
    return article;
  }

  /** The library rows, asked of the server directly. */
  async listRows() {
    const res = await fetch(`${this.server.origin}/api/article:list`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${this.server.token}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    const result = (await res.json()) as { ok: true; value: ({ id: string; headline: string } | { id: string; error: string })[] };
    return result.value;
  }
}

/** A paragraph block. */
export const paragraph = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });

/** Copydesk on a machine of its own: settings, default workspace, session and server in a temp folder. */
async function startMachine(page: Page, exportPaceMs = 0): Promise<{ app: CopydeskApp; stop: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-e2e-'));
  const session = new Session({
    settings: new SettingsStore(join(dir, 'settings.json')),
    defaultWorkspace: join(dir, 'workspace'),
    ...(exportPaceMs > 0 ? { exportPace: () => new Promise<void>((r) => setTimeout(r, exportPaceMs)) } : {}),
  });
  const info = await session.start();
  const server = await startWebServer({ handlers: createHandlers(session), session, staticDir });
  const stop = async () => {
    await page.close();
    // Closing sends a last save and backup; let them land before the folder goes.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await server.close();
    await session.close();
    // A last save or backup sent as the page closed may still be writing.
    await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  };
  return { app: new CopydeskApp(page, info.path, server, session), stop };
}

/**
 * Playwright's test with an `app` fixture: a fresh workspace, session and server per test;
 * `secondMachine` starts another Copydesk, with its own settings and workspace, in a browser context of its own.
 */
export const test = base.extend<{ app: CopydeskApp; secondMachine: () => Promise<CopydeskApp>; exportPaceMs: number }>({
  /** Milliseconds each story of a folder export waits, so a test can cancel a job part-way on any machine. */
  exportPaceMs: [0, { option: true }],
  app: async ({ page, exportPaceMs }, use) => {
    const { app, stop } = await startMachine(page, exportPaceMs);
    await use(app);
    await stop();
  },
  secondMachine: async ({ browser }, use) => {
    const stops: (() => Promise<void>)[] = [];
    await use(async () => {
      const context = await browser.newContext();
      const { app, stop } = await startMachine(await context.newPage());
      stops.push(async () => {
        await stop();
        await context.close();
      });
      return app;
    });
    for (const stop of stops) await stop();
  },
});

export { expect };
