import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openHistory } from '../../electron/services/history/store';
import { expect, paragraph, test } from './app';

test('settings: a wrong value is named and nothing is saved; saved values hold the headline limit, the reading speed and how long versions are kept', async ({ app }) => {
  const story = await app.addStory('pier', { headline: 'Pier reopens after storm damage', body: [paragraph('The pier reopened today.')] });
  // Three versions kept on one day ten weeks ago, by a Copydesk that kept everything.
  const history = openHistory(app.root, { retention: { keepAllDays: 365, dailyAfter: false, maxAgeDays: null, utcOffsetMinutes: 0 } });
  const day = new Date(Date.now() - 70 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  for (const [i, hour] of ['09', '10', '11'].entries()) {
    const text = `Draft ${i + 1}.`;
    await history.snapshot({ ...story, body: [paragraph(text)] }, { reason: 'save', author: { name: 'Ana Diaz', initials: 'AD' }, at: new Date(`${day}T${hour}:00:00Z`) });
  }

  // The workspace keeps every version for 60 days.
  await openHistory(app.root).setRetention({ keepAllDays: 60, dailyAfter: true, maxAgeDays: null });
  const policyFile = join(app.root, '.copydesk', 'history', 'retention.json');
  const seeded = await readFile(policyFile, 'utf8');

  await app.launch('?autosaveMs=60000');
  await app.open('Pier reopens after storm damage');
  const page = app.page;
  await page.keyboard.press('ControlOrMeta+,');
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog.getByRole('textbox', { name: 'Keep every version for' })).toHaveValue('60');
  await expect(dialog.getByRole('combobox', { name: 'After that, keep' })).toHaveValue('daily');

  await dialog.getByRole('textbox', { name: 'Headline limit' }).fill('forty');
  await dialog.getByRole('textbox', { name: 'Delete versions older than' }).fill('10');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const problems = dialog.getByRole('alert', { name: 'Settings problems' });
  await expect(problems).toContainText('Headline limit: must be a whole number');
  await expect(problems).toContainText('Delete versions older than: must be more days than every version is kept');
  await expect(app.page.getByLabel('Headline length')).toHaveText('31/70');
  expect(await readFile(policyFile, 'utf8')).toBe(seeded);

  await dialog.getByRole('textbox', { name: 'Your name' }).fill('Ana Diaz');
  await dialog.getByRole('textbox', { name: 'Headline limit' }).fill('25');
  await dialog.getByRole('textbox', { name: 'Reading speed' }).fill('60');
  await dialog.getByRole('textbox', { name: 'Keep every version for' }).fill('7');
  await dialog.getByRole('combobox', { name: 'After that, keep' }).selectOption('all');
  await dialog.getByRole('textbox', { name: 'Delete versions older than' }).fill('400');
  await dialog.getByRole('button', { name: 'Save' }).click();
  // Keeping every version for 7 days instead of 60 may delete some: it asks first.
  await expect(dialog.getByRole('alert')).toContainText('Versions beyond the new limits will be deleted');
  expect(await readFile(policyFile, 'utf8')).toBe(seeded);
  await dialog.getByRole('button', { name: 'Save and delete old versions' }).click();
  await expect(dialog).toHaveCount(0);

  await expect(page.getByLabel('Headline length')).toHaveText('31/25 · 6 over the limit');
  const policy = JSON.parse(await readFile(policyFile, 'utf8'));
  expect(policy).toMatchObject({ keepAllDays: 7, dailyAfter: false, maxAgeDays: 400 });

  // The next version applies the policy: the three old versions all stay (the earlier policy would keep one of them).
  await app.typeAtEnd(' Anglers are back.');
  await page.keyboard.press('ControlOrMeta+s');
  await expect(app.saveState).toHaveText(/^Saved \d/);
  await page.getByRole('toolbar', { name: 'Panels' }).getByRole('button', { name: 'Versions', exact: true }).click();
  const versions = page.getByRole('list', { name: 'Versions' }).getByRole('listitem');
  await expect(versions).toHaveCount(4);
  await expect(versions.first()).toContainText('Ana Diaz');

  // After a reload the dialog shows what was saved.
  await page.reload();
  await app.open('Pier reopens after storm damage');
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Reading speed' })).toHaveValue('60');
  await expect(dialog.getByRole('textbox', { name: 'Keep every version for' })).toHaveValue('7');
  await expect(dialog.getByRole('combobox', { name: 'After that, keep' })).toHaveValue('all');
  await expect(dialog.getByRole('textbox', { name: 'Delete versions older than' })).toHaveValue('400');

  // Changing only your name leaves the workspace's policy file alone.
  const before = await readFile(policyFile, 'utf8');
  await dialog.getByRole('textbox', { name: 'Your name' }).fill('Ana Díaz');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await readFile(policyFile, 'utf8')).toBe(before);

  await page.keyboard.press('ControlOrMeta+,');
  await expect(dialog.getByRole('textbox', { name: 'Your name' })).toHaveValue('Ana Díaz');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});
