import { chromium, type Page } from '@playwright/test';
import { join } from 'node:path';
import { createHandlers } from '../../electron/api/handlers';
import { Session } from '../../electron/api/session';
import { SettingsStore } from '../../electron/services/settings';
import { startWebServer } from '../../electron/web/server';
import { openWorkspaceStore } from '../../electron/services/workspace/store';
import { CHROMIUM_ARGS } from '../../tests/helpers/chromium';
import { generatedStory, words } from './generate';

/** Latency figures of one story size, in milliseconds (heap in MB). */
export interface EditorRow {
  words: number;
  loadMs: number;
  typeP50: number;
  typeP95: number;
  typeMax: number;
  /** Median of SELECT_ALL_TRIES select-alls; one try is too noisy to judge a goal by. */
  selectAllMs?: number;
  selectAllMaxMs?: number;
  /** Tries in which no frame showed the whole story selected. */
  selectAllMissed?: number;
  deleteAllMs?: number;
  paste5kMs?: number;
  heapMb: number;
}


/** How many times select-all is measured. */
const SELECT_ALL_TRIES = 5;

/** Keys typed before measuring. */
const WARM_UP_KEYS = 10;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/**
 * Installs the probe VS Code uses: from the keydown's timeStamp to the end of
 * the first frame that shows the change (requestAnimationFrame, then a task).
 * Modifier keys alone are not measured (Ctrl+A is two keydowns; the one that
 * counts is the A). For select-all the frame must show the whole story
 * selected: a frame that comes first is not counted, the next one is tried.
 */
async function installProbe(page: Page): Promise<void> {
  // (No named functions in here, nor functions held in constants: the page runs this code as text.)
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __wholeStorySelected: () => boolean };
    w.__lat = [];
    w.__wholeStorySelected = () => {
      const editor = document.querySelector('[data-slate-editor]');
      const selection = window.getSelection();
      if (!editor || !selection || selection.rangeCount === 0 || selection.isCollapsed) return false;
      const [first, last] = [editor.firstElementChild, editor.lastElementChild];
      const nodes = [selection.anchorNode, selection.focusNode];
      return nodes.some((node) => first?.contains(node)) && nodes.some((node) => last?.contains(node));
    };
    const modifiers = new Set(['Control', 'Meta', 'Shift', 'Alt']);
    document.addEventListener(
      'keydown',
      (event) => {
        if (modifiers.has(event.key)) return;
        const start = event.timeStamp;
        const selectsAll = event.key.toLowerCase() === 'a' && (event.ctrlKey || event.metaKey);
        const state: { frames: number; onFrame?: () => void } = { frames: 0 };
        state.onFrame = () => {
          if (selectsAll && !w.__wholeStorySelected() && ++state.frames < 30) {
            requestAnimationFrame(state.onFrame!);
            return;
          }
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.__lat.push(state.frames < 30 ? performance.now() - start : NaN);
          channel.port2.postMessage(0);
        };
        requestAnimationFrame(state.onFrame);
      },
      true,
    );
  });
}

/** The latencies measured since last asked, once `expected` keys have been measured (or a few seconds went by). */
async function takeLatencies(page: Page, expected = 1): Promise<number[]> {
  await page.waitForTimeout(100);
  await page
    .waitForFunction((n) => (window as unknown as { __lat: number[] }).__lat.length >= n, expected, { timeout: 5000 })
    .catch(() => undefined);
  return page.evaluate(() => {
    const w = window as unknown as { __lat: number[] };
    const out = w.__lat;
    w.__lat = [];
    return out;
  });
}

/** Waits until the page has had a stretch of idle time (work deferred after loading or typing is done), ten seconds at most. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const end = performance.now() + 10_000;
    let quiet = 0;
    while (quiet < 5 && performance.now() < end) {
      const remaining = await new Promise<number>((resolve) => requestIdleCallback((deadline) => resolve(deadline.timeRemaining())));
      quiet = remaining >= 40 ? quiet + 1 : 0;
    }
  });
}

/** Puts the caret in the middle of the middle paragraph of the body. */
async function caretMidStory(page: Page): Promise<void> {
  await page.evaluate(() => {
    const editor = document.querySelector('[data-slate-editor]') as HTMLElement;
    const blocks = editor.querySelectorAll('p');
    const block = blocks[Math.floor(blocks.length / 2)]!;
    block.scrollIntoView({ block: 'center' });
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    const text = walker.nextNode() as Text;
    editor.focus();
    const range = document.createRange();
    range.setStart(text, Math.floor(text.length / 2));
    range.collapse(true);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  });
  await page.waitForTimeout(200);
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usage.usedSize / 1024 / 1024;
}

/** Opens each generated story in the real editor in Chromium and measures it. */
export async function benchEditor(sizes: number[], opts: { chromium: string; staticDir: string; tmp: string; keys: number }): Promise<EditorRow[]> {
  const root = join(opts.tmp, 'workspace');
  const store = await openWorkspaceStore(root);
  for (const size of sizes) await store.create(generatedStory(size));
  const session = new Session({ settings: new SettingsStore(join(opts.tmp, 'settings.json')), defaultWorkspace: root });
  await session.start(root);
  const handlers = createHandlers(session);
  const server = await startWebServer({ handlers, session, staticDir: opts.staticDir });
  // Bench runs must not write: autosave waits longer than a run takes.
  const browser = await chromium.launch({ executablePath: opts.chromium, args: CHROMIUM_ARGS });
  const rows: EditorRow[] = [];
  try {
    for (const size of sizes) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.goto(`${server.origin}/?autosaveMs=600000`);
      await page.getByText(`Generated story of ${size} words`).first().waitFor({ timeout: 60_000 });
      await settle(page);
      const loadMs = await page.evaluate(async (name) => {
        const target = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes(name))!;
        // A story already open (one with a backup is reopened at start) must not count as this one.
        const before = document.querySelector('[data-slate-editor]');
        const start = performance.now();
        target.click();
        for (;;) {
          await new Promise((r) => requestAnimationFrame(r));
          const editor = document.querySelector('[data-slate-editor][contenteditable="true"]');
          if (editor && editor !== before && editor.querySelectorAll('p').length > 2) return performance.now() - start;
        }
      }, `Generated story of ${size} words`);
      await settle(page);
      // The heap of the story as loaded, before typing adds undo history and the like.
      const heap = await heapMb(page);
      await caretMidStory(page);
      await installProbe(page);
      // Warm-up keys, not counted: the first edits build caches and compile code paths.
      for (let i = 0; i < WARM_UP_KEYS; i++) {
        await page.keyboard.type('x');
        await page.waitForTimeout(25);
      }
      await takeLatencies(page, WARM_UP_KEYS);
      await settle(page);
      for (let i = 0; i < opts.keys; i++) {
        await page.keyboard.type('x');
        await page.waitForTimeout(25);
      }
      const typing = await takeLatencies(page, opts.keys);
      const row: EditorRow = {
        words: size,
        loadMs,
        typeP50: percentile(typing, 50),
        typeP95: percentile(typing, 95),
        typeMax: Math.max(...typing),
        heapMb: heap,
      };
      if (size === 50_000) {
        // Paste first, at the caret in the middle of the story: pasting into what delete-all left would measure an empty story.
        await settle(page);
        const text = words(5000).replace(/\. /g, '.\n\n');
        row.paste5kMs = await page.evaluate((pasted) => {
          const editor = document.querySelector('[data-slate-editor]') as HTMLElement;
          const data = new DataTransfer();
          data.setData('text/plain', pasted);
          const start = performance.now();
          editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
          return new Promise<number>((resolve) =>
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve(performance.now() - start);
              channel.port2.postMessage(0);
            }),
          );
        }, text);
        await page.keyboard.press('ControlOrMeta+z');
        await settle(page);
        await takeLatencies(page);
        const selectAlls: number[] = [];
        for (let i = 0; i < SELECT_ALL_TRIES; i++) {
          if (i > 0) {
            // Collapse to the start so the next select-all changes the selection again.
            await page.keyboard.press('ArrowLeft');
            await settle(page);
            await takeLatencies(page);
          }
          await page.keyboard.press('ControlOrMeta+a');
          selectAlls.push((await takeLatencies(page))[0] ?? NaN);
          await settle(page);
        }
        // A try whose selection no frame showed (NaN) fails the goal rather than drop out of the median.
        row.selectAllMissed = selectAlls.filter(Number.isNaN).length;
        const shown = selectAlls.filter((ms) => !Number.isNaN(ms));
        row.selectAllMs = row.selectAllMissed > 0 ? NaN : percentile(shown, 50);
        row.selectAllMaxMs = row.selectAllMissed > 0 ? NaN : Math.max(...shown);
        await page.keyboard.press('Backspace');
        row.deleteAllMs = (await takeLatencies(page))[0] ?? NaN;
      }
      rows.push(row);
      // A backup written while typing would reopen this story when the next page starts.
      for (const backup of await handlers['backup:list']({})) await handlers['backup:discard']({ id: backup.id });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    await session.close();
  }
  return rows;
}
