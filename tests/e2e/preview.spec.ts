import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { XSS_PAYLOADS } from '../unit/render/xss-payloads';
import { expect, paragraph, test, type CopydeskApp } from './app';

/** The bytes of a 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

function frame(page: Page) {
  return page.frameLocator('iframe[title="Story preview"]');
}

async function openPreview(app: CopydeskApp): Promise<void> {
  await app.page.getByRole('toolbar', { name: 'Panels' }).getByRole('button', { name: 'Preview' }).click();
  await expect(app.page.locator('iframe[title="Story preview"]')).toHaveAttribute('srcdoc', /<!DOCTYPE html>/);
}

/** Calls a channel the way the window does, over the signed-in page. */
async function callApi<T>(page: Page, channel: string, args: unknown): Promise<T> {
  return page.evaluate(
    async ([name, payload]) => {
      const res = await fetch(`/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) });
      const result = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!result.ok) throw new Error(result.error?.message);
      return result.value;
    },
    [channel, args] as const,
  ) as Promise<T>;
}

test('the preview shows the open story and follows typing once it pauses', async ({ app }) => {
  await app.addStory('harbour', { headline: 'Harbour reopens', body: [paragraph('Boats came back at dawn.')] });
  await app.launch();
  await app.open('Harbour reopens');
  await openPreview(app);
  const preview = frame(app.page);
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Harbour reopens');
  await expect(preview.locator('p[data-block="0"]')).toHaveText('Boats came back at dawn.');

  await app.typeAtEnd(' Fishermen cheered.');
  await expect(preview.locator('p[data-block="0"]')).toHaveText('Boats came back at dawn. Fishermen cheered.');

  // The phone width lays the page out at 390 px, scaled to fit the panel.
  await app.page.getByRole('group', { name: 'Preview width' }).getByRole('button', { name: 'Phone' }).click();
  await expect(app.page.locator('iframe[title="Story preview"]')).toHaveCSS('width', '390px');
  // The print view applies the stylesheet's print rules.
  await app.page.getByRole('group', { name: 'Preview width' }).getByRole('button', { name: 'Print' }).click();
  await expect(app.page.locator('iframe[title="Story preview"]')).toHaveAttribute('srcdoc', /@media all/);
});

test('the preview holds exactly the bytes the export writes for the saved story, images inlined', async ({ app }) => {
  await mkdir(join(app.root, 'assets'), { recursive: true });
  await writeFile(join(app.root, 'assets', 'dawn.png'), PNG);
  await app.addStory('ferry', {
    headline: 'Ferry returns',
    section: 'Local',
    body: [
      paragraph('The ferry is back after a winter away.'),
      { type: 'image', src: 'assets/dawn.png', alt: 'The ferry at dawn', caption: 'Back in port', credit: 'Staff', children: [{ text: '' }] },
      paragraph('Passengers said “welcome back”.'),
    ],
  });
  await app.launch();
  await app.open('Ferry returns');
  await app.body.locator('p').last().click();
  await app.page.keyboard.press('End');
  await app.page.keyboard.type(' More sailings next week.');
  await app.page.keyboard.press('ControlOrMeta+s');
  await expect(app.saveState).toContainText('Saved');
  await openPreview(app);
  const iframe = app.page.locator('iframe[title="Story preview"]');
  await expect(frame(app.page).locator('p[data-block="2"]')).toContainText('More sailings next week.');
  await app.page.screenshot({ path: '/tmp/pw-preview/shot-preview.png' });
  await expect(frame(app.page).locator('img')).toHaveAttribute('src', /^data:image\/png;base64,/);

  const exported = await callApi<{ text: string }>(app.page, 'export:story', { id: 'ferry', format: 'html', inlineImages: true });
  const shown = await iframe.evaluate((el) => (el as HTMLIFrameElement).srcdoc);
  expect(shown.length).toBeGreaterThan(1000);
  expect(shown).toBe(exported.text);
});

test('a story made of script-injection payloads runs nothing in the preview', async ({ app }) => {
  const canary = '<img src=x onerror="parent.__pwned=1;__pwned=1"><script>parent.__pwned=1</script>';
  const payloads = [canary, ...XSS_PAYLOADS.slice(0, 12)];
  await app.addStory('hostile', {
    headline: `${canary}${XSS_PAYLOADS[1]}`,
    body: [
      ...payloads.map((text) => paragraph(text)),
      {
        type: 'paragraph',
        children: [
          { text: 'See ' },
          { type: 'link', url: 'https://example.com/"><script>parent.__pwned=1</script>', children: [{ text: canary }] },
          { text: '.' },
        ],
      },
    ],
  });
  let dialogs = 0;
  app.page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await app.launch();
  await app.storyButton(`${canary}${XSS_PAYLOADS[1]}`).click();
  await openPreview(app);
  const iframe = app.page.locator('iframe[title="Story preview"]');
  await expect(iframe).toHaveAttribute('sandbox', 'allow-same-origin');
  await expect(frame(app.page).locator('p[data-block="0"]')).toHaveText(canary);
  // Hover and click the hostile content, as a curious editor would.
  await frame(app.page).locator('a').first().click();
  await frame(app.page).locator('p[data-block="3"]').hover();
  await app.page.waitForTimeout(300);
  const pwned = await app.page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown };
    const inner = (document.querySelector('iframe[title="Story preview"]') as HTMLIFrameElement).contentWindow as unknown as { __pwned?: unknown };
    return [w.__pwned, inner.__pwned];
  });
  expect(pwned).toEqual([undefined, undefined]);
  expect(dialogs).toBe(0);
  expect(await frame(app.page).locator('script:not([type="application/ld+json"])').count()).toBe(0);
  // The link click did not navigate the frame away.
  await expect(frame(app.page).getByRole('heading', { level: 1 })).toContainText('<img src=x');
});

test('clicking a paragraph in the preview puts the editor caret in that block', async ({ app }) => {
  const body = Array.from({ length: 40 }, (_, i) => paragraph(`Paragraph number ${i + 1} of the story.`));
  await app.addStory('long', { headline: 'Long story', body });
  await app.launch();
  await app.open('Long story');
  await openPreview(app);
  await frame(app.page).locator('p[data-block="30"]').click();
  await app.page.keyboard.type('XYZ ');
  await expect(app.body.locator('p').nth(30)).toHaveText(/^XYZ Paragraph number 31/);
  await expect(frame(app.page).locator('p[data-block="30"]')).toHaveText(/^XYZ Paragraph number 31/);
});

test('the preview keeps its place while typing and shows another story from its top', async ({ app }) => {
  const lines = (story: string) => Array.from({ length: 60 }, (_, i) => paragraph(`${story} paragraph ${i + 1} with enough words to fill a line.`));
  await app.addStory('harbour', { headline: 'Harbour reopens', body: lines('Harbour') });
  await app.addStory('ferry', { headline: 'Ferry returns', body: lines('Ferry') });
  await app.launch();
  await app.open('Harbour reopens');
  await openPreview(app);
  const iframe = app.page.locator('iframe[title="Story preview"]');
  const scrollTop = () => iframe.evaluate((el: HTMLIFrameElement) => el.contentDocument?.scrollingElement?.scrollTop ?? -1);
  await expect(frame(app.page).locator('p[data-block="59"]')).toHaveCount(1);
  await iframe.evaluate((el: HTMLIFrameElement) => el.contentDocument!.scrollingElement!.scrollTo(0, 900));
  expect(await scrollTop()).toBe(900);

  await app.typeAtEnd(' The end.');
  await expect(frame(app.page).locator('p[data-block="59"]')).toContainText('The end.');
  expect(await scrollTop()).toBe(900);

  await app.open('Ferry returns');
  await expect(frame(app.page).getByRole('heading', { level: 1 })).toHaveText('Ferry returns');
  await expect.poll(scrollTop).toBe(0);
});
