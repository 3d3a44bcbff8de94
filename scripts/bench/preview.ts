import { chromium, type Page } from '@playwright/test';
import { join } from 'node:path';
import { createHandlers } from '../../electron/api/handlers';
import { Session } from '../../electron/api/session';
import { SettingsStore } from '../../electron/services/settings';
import { openWorkspaceStore } from '../../electron/services/workspace/store';
import { startWebServer } from '../../electron/web/server';
import { PREVIEW_DEBOUNCE_MS } from '../../renderer/features/preview/preview-timing';
import { CHROMIUM_ARGS } from '../../tests/helpers/chromium';
import { generatedStory } from './generate';

/** Preview latency after a typing pause, in milliseconds. */
export interface PreviewRow {
  words: number;
  /** From the moment the pause is recognised (last key + debounce) to the first frame showing the change. */
  p50: number;
  max: number;
  samples: number[];
}

const FRAME = 'iframe[title="Story preview"]';

/**
 * Measures the preview on a page where the app already shows a story (the editor bench's page
 * works: the caret is in the body). Opens the Preview panel if needed, then `rounds` times types
 * a word, pauses, and times how long after the debounce the frame paints the word.
 */
export async function benchPreview(page: Page, opts: { words: number; rounds?: number }): Promise<PreviewRow> {
  const rounds = opts.rounds ?? 8;
  if ((await page.locator(FRAME).count()) === 0) {
    // Keep the caret where it is: the tab is clicked, then focus goes back to the body.
    await page.getByRole('toolbar', { name: 'Panels' }).getByRole('button', { name: 'Preview' }).click();
  }
  await page.waitForFunction((sel) => document.querySelector<HTMLIFrameElement>(sel)?.contentDocument?.querySelector('[data-block]') != null, FRAME, {
    timeout: 60_000,
  });
  await page.evaluate((sel) => {
    const w = window as unknown as { __lastKey: number; __shown: number };
    w.__lastKey = 0;
    w.__shown = 0;
    document.addEventListener('keydown', (event) => (w.__lastKey = event.timeStamp), true);
    document.querySelector(sel)!.addEventListener('load', () =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (w.__shown = performance.now());
        channel.port2.postMessage(0);
      }),
    );
  }, FRAME);
  const editor = page.locator('[data-slate-editor]');
  if (!(await editor.evaluate((el) => el.contains(document.activeElement)))) await editor.locator('p').first().click();

  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const marker = `zq${i}x${Date.now() % 100000}`;
    await page.keyboard.type(` ${marker}`);
    await page.waitForFunction(
      ([sel, text]) => {
        const w = window as unknown as { __shown: number; __lastKey: number };
        const doc = (document.querySelector(sel!) as HTMLIFrameElement).contentDocument;
        return w.__shown > w.__lastKey && doc?.body?.textContent?.includes(text!) === true;
      },
      [FRAME, marker],
      { timeout: 10_000, polling: 20 },
    );
    samples.push(
      await page.evaluate((debounce) => {
        const w = window as unknown as { __shown: number; __lastKey: number };
        return w.__shown - w.__lastKey - debounce;
      }, PREVIEW_DEBOUNCE_MS),
    );
    await page.waitForTimeout(100);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return { words: opts.words, p50: sorted[Math.floor(sorted.length / 2)]!, max: sorted[sorted.length - 1]!, samples };
}

/** Runs the preview bench on its own: a generated story of `words` words in a fresh workspace and Chromium. */
export async function runPreviewBench(opts: { chromium: string; staticDir: string; tmp: string; words?: number }): Promise<PreviewRow> {
  const words = opts.words ?? 10_000;
  const root = join(opts.tmp, 'preview-workspace');
  const store = await openWorkspaceStore(root);
  await store.create(generatedStory(words));
  const session = new Session({ settings: new SettingsStore(join(opts.tmp, 'preview-settings.json')), defaultWorkspace: root });
  await session.start(root);
  const server = await startWebServer({ handlers: createHandlers(session), session, staticDir: opts.staticDir });
  const browser = await chromium.launch({
    executablePath: opts.chromium,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    // Bench runs must not write: autosave waits longer than a run takes.
    await page.goto(`${server.origin}/?autosaveMs=600000`);
    await page.getByRole('button', { name: `Generated story of ${words} words`, exact: true }).click();
    await page.locator('[data-slate-editor] p').nth(2).waitFor({ timeout: 60_000 });
    await page.locator('[data-slate-editor] p').nth(2).click();
    return await benchPreview(page, { words });
  } finally {
    await browser.close();
    await server.close();
    await session.close();
  }
}
