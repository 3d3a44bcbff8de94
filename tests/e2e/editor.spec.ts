import { readFile, rm } from 'node:fs/promises';
import { bodyText } from '../../shared/model/text';
import { expect, paragraph, test } from './app';

test('an edit saved with Ctrl+S is on disk and still there after a reload', async ({ app }) => {
  await app.launch();
  const [first] = await app.listRows();
  if (!first || !('headline' in first)) throw new Error('no sample story');
  await app.open(first.headline);
  await expect(app.saveState).toHaveText('Saved');

  await app.typeAtEnd(' Tickets go on sale on Friday.');
  await expect(app.saveState).toHaveText('Unsaved changes');
  await app.page.keyboard.press('ControlOrMeta+s');
  // Faster than the 1.5 s autosave: this is the shortcut's save.
  await expect(app.saveState).toHaveText(/^Saved \d/, { timeout: 1000 });
  expect(bodyText(await app.readStory(first.id))).toContain('Tickets go on sale on Friday.');

  await app.page.reload();
  await app.open(first.headline);
  await expect(app.body).toContainText('Tickets go on sale on Friday.');
});

test('edits are saved on their own after a pause', async ({ app }) => {
  await app.launch();
  const [first] = await app.listRows();
  if (!first || !('headline' in first)) throw new Error('no sample story');
  await app.open(first.headline);
  await app.headline.fill('Ferry back in service');
  await expect(app.saveState).toHaveText(/^Saved \d/, { timeout: 4000 });
  expect((await app.readStory(first.id)).metadata.headline).toBe('Ferry back in service');
  await expect(app.storyButton('Ferry back in service')).toBeVisible();
});

test('a change on disk reloads an open story that has no unsaved edits', async ({ app }) => {
  await app.launch();
  const [first] = await app.listRows();
  if (!first || !('headline' in first)) throw new Error('no sample story');
  await app.open(first.headline);

  const story = await app.readStory(first.id);
  await app.writeStory(first.id, { ...story, body: [paragraph('Rewritten by the night desk.')] });

  await expect(app.body).toHaveText('Rewritten by the night desk.');
  await expect(app.saveState).toHaveText('Saved');
  await expect(app.page.getByRole('alert')).toHaveCount(0);
});

test('a change on disk during unsaved edits shows both versions; Keep mine saves over it', async ({ app }) => {
  await app.launch();
  const [first] = await app.listRows();
  if (!first || !('headline' in first)) throw new Error('no sample story');
  await app.open(first.headline);

  await app.typeAtEnd(' Local edit.');
  const story = await app.readStory(first.id);
  await app.writeStory(first.id, { ...story, body: [paragraph('Version from the other desk.')] });

  const banner = app.page.getByRole('alert').filter({ hasText: 'Changed on disk' });
  await expect(banner).toBeVisible();
  await expect(app.saveState).toHaveText('Conflict');
  await expect(app.body).toContainText('Local edit.');
  await expect(app.page.getByRole('region', { name: 'Version on disk' })).toContainText('Version from the other desk.');
  // Nothing is written while the conflict is open.
  await app.page.waitForTimeout(1800);
  expect(bodyText(await app.readStory(first.id))).toBe('Version from the other desk.');

  await banner.getByRole('button', { name: 'Keep mine' }).click();
  await expect(app.saveState).toHaveText(/^Saved \d/);
  await expect(banner).toHaveCount(0);
  expect(bodyText(await app.readStory(first.id))).toContain('Local edit.');
});

test('Use disk version loads the file and keeps your version beside it', async ({ app }) => {
  await app.launch();
  const [first] = await app.listRows();
  if (!first || !('headline' in first)) throw new Error('no sample story');
  await app.open(first.headline);

  await app.typeAtEnd(' Mine.');
  const story = await app.readStory(first.id);
  await app.writeStory(first.id, { ...story, body: [paragraph('Theirs.')] });

  const banner = app.page.getByRole('alert').filter({ hasText: 'Changed on disk' });
  await banner.getByRole('button', { name: 'Use disk version' }).click();
  await expect(app.body).toHaveText('Theirs.');
  const mine = app.page.getByRole('region', { name: 'Your previous version' });
  await expect(mine).toContainText('Mine.');
  await expect(app.saveState).toHaveText('Saved');

  await app.page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(mine).toHaveCount(0);
  expect(bodyText(await app.readStory(first.id))).toBe('Theirs.');
});

test('an Arabic story shows its fields and body right to left', async ({ app }) => {
  const headline = 'عودة العبّارة إلى الميناء بعد عامين';
  await app.addStory('arabic-ferry', {
    headline,
    section: 'محليات',
    language: 'ar',
    direction: 'rtl',
    body: [paragraph('عادت العبّارة إلى العمل صباح الإثنين بعد إصلاح استمر عامين.')],
  });
  await app.launch();
  await app.open(headline);
  await expect(app.body).toHaveAttribute('dir', 'rtl');
  await expect(app.headline).toHaveAttribute('dir', 'rtl');
  await expect(app.page.getByRole('textbox', { name: 'Section' })).toHaveAttribute('dir', 'rtl');
  const direction = await app.body.evaluate((el) => getComputedStyle(el).direction);
  expect(direction).toBe('rtl');
  await expect(app.page.getByRole('contentinfo')).toContainText('10 words');
  expect(await readFile(app.file('arabic-ferry'), 'utf8')).toContain('"direction": "rtl"');
});

test('a story deleted on disk keeps its text in the editor', async ({ app }) => {
  await app.launch();
  const [first] = await app.listRows();
  if (!first || !('headline' in first)) throw new Error('no sample story');
  await app.open(first.headline);
  await app.typeAtEnd(' Not yet saved.');
  await rm(app.file(first.id));

  await expect(app.saveState).toHaveText('Deleted on disk');
  await expect(app.page.getByRole('alert')).toContainText('Deleted on disk');
  await expect(app.body).toContainText('Not yet saved.');
  await app.page.getByRole('button', { name: 'Save again' }).click();
  await expect(app.saveState).toHaveText(/^Saved \d/);
  expect(bodyText(await app.readStory(first.id))).toContain('Not yet saved.');
});
