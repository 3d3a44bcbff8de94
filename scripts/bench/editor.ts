import { chromium, type Page } from '@playwright/test';
import { join } from 'node:path';
import { createHandlers } from '../../electron/api/handlers';
import { Session } from '../../electron/api/session';
import { SettingsStore } from '../../electron/services/settings';
import { startWebServer } from '../../electron/web/server';
import { openWorkspaceStore } from '../../electron/services/workspace/store';
import { generatedStory, words } from './generate';

/** Latency figures of one story size, in milliseconds (heap in MB). */
export interface EditorRow {
  words: number;
  loadMs: number;
  typeP50: number;
  typeP95: number;
  typeMax: number;
  selectAllMs?: number;
  deleteAllMs?: number;
  paste5kMs?: number;
  heapMb: number;
}

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/**
 * Installs the probe VS Code uses: from the keydown's timeStamp to the end of
 * the first frame that shows the change (requestAnimationFrame, then a task).
 */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[] };
    w.__lat = [];
    document.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.__lat.push(performance.now() - start);
          channel.port2.postMessage(0);
        });
      },
      true,
    );
  });
}

async function takeLatencies(page: Page): Promise<number[]> {
  await page.waitForTimeout(100);
  return page.evaluate(() => {
    const w = window as unknown as { __lat: number[] };
    const out = w.__lat;
    w.__lat = [];
    return out;
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
  const server = await startWebServer({ handlers: createHandlers(session), session, staticDir: opts.staticDir });
  // Bench runs must not write: autosave waits longer than a run takes.
  const browser = await chromium.launch({ executablePath: opts.chromium, args: ARGS });
  const rows: EditorRow[] = [];
  try {
    for (const size of sizes) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.goto(`${server.origin}/?autosaveMs=600000`);
      await page.getByText(`Generated story of ${size} words`).first().waitFor({ timeout: 60_000 });
      const loadMs = await page.evaluate(async (name) => {
        const target = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes(name))!;
        const start = performance.now();
        target.click();
        for (;;) {
          await new Promise((r) => requestAnimationFrame(r));
          const editor = document.querySelector('[data-slate-editor][contenteditable="true"]');
          if (editor && editor.querySelectorAll('p').length > 2) return performance.now() - start;
        }
      }, `Generated story of ${size} words`);
      await page.waitForTimeout(500);
      await caretMidStory(page);
      await installProbe(page);
      for (let i = 0; i < opts.keys; i++) {
        await page.keyboard.type('x');
        await page.waitForTimeout(25);
      }
      const typing = await takeLatencies(page);
      const row: EditorRow = {
        words: size,
        loadMs,
        typeP50: percentile(typing, 50),
        typeP95: percentile(typing, 95),
        typeMax: Math.max(...typing),
        heapMb: 0,
      };
      row.heapMb = await heapMb(page);
      if (size === 50_000) {
        await page.keyboard.press('ControlOrMeta+a');
        row.selectAllMs = (await takeLatencies(page))[0] ?? NaN;
        await page.keyboard.press('Backspace');
        row.deleteAllMs = (await takeLatencies(page))[0] ?? NaN;
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
      }
      rows.push(row);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    await session.close();
  }
  return rows;
}
