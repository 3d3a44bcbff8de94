import type { Page } from '@playwright/test';
import { expect, paragraph, test } from './app';

/** Copy HTML from the Export menu; the clipboard is emptied first so an earlier copy is never read. */
async function copyHtml(page: Page): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Copy HTML' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
  return page.evaluate(() => navigator.clipboard.readText());
}

test('suggesting mode: typed and deleted words become suggestions; accept one, reject the other; the file and export hold exactly the accepted text', async ({ app }) => {
  const page = app.page;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
  await app.addStory('wall', { headline: 'Harbour wall to be rebuilt', body: [paragraph('The harbour wall will be rebuilt.')] });
  await app.launch('?autosaveMs=60000');
  await app.open('Harbour wall to be rebuilt');

  await page.getByRole('toolbar', { name: 'Panels' }).getByRole('button', { name: 'Review', exact: true }).click();
  await page.getByRole('textbox', { name: 'Your name' }).fill('Maya Okafor');
  await page.getByRole('textbox', { name: 'Your initials' }).fill('MO');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('region', { name: 'You' })).toContainText('Maya Okafor');

  const toggle = page.getByRole('button', { name: 'Suggest changes' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle).toHaveText('Suggesting');

  // A word typed at the end, and "harbour" deleted.
  await app.typeAtEnd(' Soon.');
  await expect(app.body.locator('.suggestion--insert')).toHaveText(' Soon.');
  await page.keyboard.press('ControlOrMeta+Home');
  await page.waitForTimeout(200);
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 7; i++) await page.keyboard.press('Shift+ArrowRight');
  // The editor hears of a selection change a moment after the page (selectionchange is throttled).
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('harbour');
  await page.waitForTimeout(200);
  await page.keyboard.press('Backspace');

  await expect(app.body.locator('.suggestion--insert')).toHaveText(' Soon.');
  await expect(app.body.locator('.suggestion--delete')).toHaveText('harbour');
  await expect(app.body).toContainText('The harbour wall will be rebuilt. Soon.');
  const list = page.getByRole('region', { name: 'Suggestions' });
  const insertion = list.getByRole('listitem', { name: 'Insertion by Maya Okafor' });
  const deletion = list.getByRole('listitem', { name: 'Deletion by Maya Okafor' });
  await expect(insertion).toContainText('Soon.');
  await expect(deletion).toContainText('harbour');

  // Pending suggestions block approval, and export shows the text as if they were rejected.
  await page.keyboard.press('ControlOrMeta+s');
  await expect.poll(async () => JSON.stringify((await app.readStory('wall')).body)).toContain('"kind":"insert"');
  expect(await copyHtml(page)).toContain('<p data-block="0">The harbour wall will be rebuilt.</p>');

  await insertion.getByRole('button', { name: 'Accept' }).click();
  await deletion.getByRole('button', { name: 'Reject' }).click();
  await expect(list).toContainText('Suggestions (0)');
  await expect(app.body.locator('.suggestion--insert, .suggestion--delete')).toHaveCount(0);

  await page.keyboard.press('ControlOrMeta+s');
  await expect
    .poll(async () => (await app.readStory('wall')).body)
    .toEqual([{ type: 'paragraph', children: [{ text: 'The harbour wall will be rebuilt. Soon.' }] }]);
  expect(await copyHtml(page)).toContain('<p data-block="0">The harbour wall will be rebuilt. Soon.</p>');
});
