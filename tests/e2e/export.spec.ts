import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { createArticle } from '../../shared/model/factory';
import { expect, paragraph, test, type CopydeskApp } from './app';

function exportDialog(app: CopydeskApp): Locator {
  return app.page.getByRole('dialog', { name: /^Export stor/ });
}

async function exportFolders(app: CopydeskApp): Promise<string[]> {
  return (await readdir(join(app.root, 'exports')).catch(() => [])).sort();
}

test('Copy HTML puts the story’s fragment, rendered from the saved file, on the clipboard', async ({ app }) => {
  await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
  await app.addStory('ferry', { headline: 'Ferry returns', body: [paragraph('The ferry is back.')] });
  await app.launch();
  await app.open('Ferry returns');
  await app.body.locator('p').first().click();
  await app.page.keyboard.press('End');
  await app.page.keyboard.type(' Crowds cheered.');
  await app.page.getByRole('button', { name: 'Export', exact: true }).click();
  await app.page.getByRole('menuitem', { name: 'Copy HTML' }).click();
  await expect(app.page.getByText('HTML copied to the clipboard.')).toBeVisible();
  const copied = await app.page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^<article class="story" lang="en" dir="ltr">/);
  expect(copied).toContain('<h1>Ferry returns</h1>');
  // The unsaved edit was saved first, so the clipboard has it.
  expect(copied).toContain('<p data-block="0">The ferry is back. Crowds cheered.</p>');
  expect(copied).not.toContain('<html');
});

test('exports selected stories to a folder named by date, files named from slugs, and asks before replacing', async ({ app }) => {
  await app.addStory('a', { headline: 'Council approves budget', body: [paragraph('Alpha.')] });
  await app.addStory('b', { headline: 'Bridge closes for repairs', body: [paragraph('Beta.')] });
  await app.addStory('c', { headline: 'School wins award', body: [paragraph('Gamma.')] });
  await app.launch();

  await app.library.getByRole('button', { name: 'Export…' }).click();
  const dialog = exportDialog(app);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Council approves budget' }).check();
  await dialog.getByRole('checkbox', { name: 'Bridge closes for repairs' }).check();
  await expect(dialog.getByText(/a new folder exports\/<date-time> in the workspace/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Export 2 stories' }).click();

  const result = app.page.getByRole('status', { name: 'Export result' });
  await expect(result).toContainText(/Exported 2 files to exports\/\d{4}-\d{2}-\d{2}-\d{6}\. 2 stories marked Published\./);
  const [folder] = await exportFolders(app);
  const dir = join(app.root, 'exports', folder!);
  expect((await readdir(dir)).sort()).toEqual(['bridge-closes-for-repairs.html', 'council-approves-budget.html']);
  expect(await readFile(join(dir, 'council-approves-budget.html'), 'utf8')).toContain('<h1>Council approves budget</h1>');
  expect((await app.readStory('a')).metadata.status).toBe('published');
  expect((await app.readStory('c')).metadata.status).toBe('draft');
  await expect(app.storyButton('Council approves budget')).toContainText('Published');

  // Export the same stories again, into the same folder: nothing is replaced without asking.
  await writeFile(join(dir, 'bridge-closes-for-repairs.html'), 'kept by hand');
  await app.library.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('checkbox', { name: 'Council approves budget' }).check();
  await dialog.getByRole('checkbox', { name: 'Bridge closes for repairs' }).check();
  await dialog.getByRole('checkbox', { name: /Same folder as last time/ }).check();
  await dialog.getByRole('button', { name: 'Export 2 stories' }).click();
  const ask = app.page.getByRole('dialog', { name: 'Replace 2 files?' });
  await expect(ask).toContainText('bridge-closes-for-repairs.html');
  await expect(ask).toContainText('council-approves-budget.html');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  expect(await readFile(join(dir, 'bridge-closes-for-repairs.html'), 'utf8')).toBe('kept by hand');

  await app.library.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('checkbox', { name: 'Bridge closes for repairs' }).check();
  await dialog.getByRole('checkbox', { name: /Same folder as last time/ }).check();
  await dialog.getByRole('button', { name: 'Export 1 story' }).click();
  await app.page.getByRole('dialog', { name: 'Replace 1 file?' }).getByRole('button', { name: 'Replace' }).click();
  await expect(result).toContainText('Exported 1 file to');
  expect(await readFile(join(dir, 'bridge-closes-for-repairs.html'), 'utf8')).toContain('<h1>Bridge closes for repairs</h1>');
  expect(await exportFolders(app)).toEqual([folder]);
});

test('Mod+Shift+E exports the open story; Markdown leaves its status alone', async ({ app }) => {
  await app.addStory('m', { headline: 'Market day', body: [paragraph('Stalls opened early.')] });
  await app.launch();
  await app.open('Market day');
  await app.page.keyboard.press('ControlOrMeta+Shift+E');
  const dialog = exportDialog(app);
  await expect(dialog).toContainText('Market day');
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption('md');
  await expect(dialog).not.toContainText('marked Published');
  await dialog.getByRole('button', { name: 'Export 1 story' }).click();
  await expect(app.page.getByRole('status', { name: 'Export result' })).toContainText('Exported 1 file');
  const [folder] = await exportFolders(app);
  expect(await readFile(join(app.root, 'exports', folder!, 'market-day.md'), 'utf8')).toContain('Stalls opened early.');
  expect((await app.readStory('m')).metadata.status).toBe('draft');
});

const BULK = 60;

test.describe('a long export', () => {
  // Each story waits 50 ms, so the job lasts seconds on any machine and the click lands part-way.
  test.use({ exportPaceMs: 50 });

  test('shows its progress and stops when cancelled', async ({ app }) => {
    test.setTimeout(60_000);
    const body = [paragraph('A story long enough to be exported one at a time.')];
    for (let i = 0; i < BULK; i++) await app.writeStory(`bulk-${i}`, createArticle({ headline: `Bulk story ${i}`, body }));
    await app.launch();
    await app.library.getByRole('button', { name: 'Export…' }).click();
    const dialog = exportDialog(app);
    await dialog.getByRole('radio', { name: /All with status/ }).check();
    await dialog.getByRole('combobox', { name: 'Status' }).selectOption('draft');
    // Markdown publishes nothing, so the job is only the writing.
    await dialog.getByRole('combobox', { name: 'Format' }).selectOption('md');
    await dialog.getByRole('button', { name: `Export ${BULK + 1} stories` }).click();

    const progress = app.page.getByRole('status', { name: 'Export progress' });
    await expect(progress).toContainText(`of ${BULK + 1}`);
    await expect(progress.getByRole('progressbar')).toBeVisible();
    await progress.getByRole('button', { name: 'Cancel' }).click();
    const result = app.page.getByRole('status', { name: 'Export result' });
    await expect(result).toContainText(/Export cancelled: \d+ files? written to exports\/.*, \d+ not exported\./, { timeout: 15_000 });
    const [folder] = await exportFolders(app);
    const written = (await readdir(join(app.root, 'exports', folder!))).filter((f) => f.endsWith('.md'));
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(BULK);
    await expect(progress).toBeHidden();
  });
});
