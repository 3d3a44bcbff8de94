import { readFile, stat, writeFile } from 'node:fs/promises';
import { serializeArticle } from '../../shared/model/serialize';
import { createArticle } from '../../shared/model/factory';
import { expect, test } from './app';

const SAMPLE = /Harbour ferry returns/;

test('the library lists the sample story with its section, status and word count', async ({ app }) => {
  await app.launch();
  const row = app.library.getByRole('listitem').filter({ hasText: SAMPLE });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Local');
  await expect(row).toContainText('Draft');
  await expect(row).toContainText(/\d+ words/);
  await expect(row).toContainText('just now');
});

test('a corrupt file shows its reason, cannot be opened, and is left untouched', async ({ app }) => {
  const good = serializeArticle(createArticle({ headline: 'Budget vote delayed' }));
  const truncated = good.slice(0, Math.floor(good.length / 2));
  const file = app.file('budget-vote');
  await writeFile(file, truncated);
  const before = await stat(file);

  await app.launch();
  const row = app.library.getByRole('group', { name: 'Cannot open budget-vote.story.json' });
  await expect(row).toBeVisible();
  await expect(row).toContainText('not valid JSON');
  await expect(app.library.getByRole('button', { name: /budget/i })).toHaveCount(0);

  await expect(row.locator('xpath=..')).toHaveAttribute('aria-disabled', 'true');
  await row.click({ force: true });
  await expect(app.headline).toHaveCount(0);
  // Opening and saving another story must not touch the broken file either.
  const other = (await app.listRows()).find((r) => 'headline' in r);
  if (!other || !('headline' in other)) throw new Error('no readable story');
  await app.open(other.headline);
  await app.typeAtEnd(' More.');
  await app.page.keyboard.press('ControlOrMeta+s');
  await expect(app.saveState).toHaveText(/^Saved \d/);

  expect(await readFile(file, 'utf8')).toBe(truncated);
  expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
});

test('a new story is created from its headline and opened', async ({ app }) => {
  await app.launch();
  await app.library.getByRole('button', { name: 'New story' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'New story' });
  await dialog.getByRole('textbox', { name: 'Headline' }).fill('Night buses return to the old town');
  await dialog.getByRole('textbox', { name: /Section/ }).fill('City');
  await dialog.getByRole('button', { name: 'Create' }).click();

  await expect(app.headline).toHaveValue('Night buses return to the old town');
  await expect(app.page.getByRole('textbox', { name: 'Section' })).toHaveValue('City');
  await expect(app.storyButton('Night buses return to the old town')).toHaveAttribute('aria-current', 'true');
  const story = await app.readStory('night-buses-return-to-the-old-town');
  expect(story.metadata.section).toBe('City');
});

test('delete moves a story to the trash and restore brings it back', async ({ app }) => {
  await app.launch();
  const row = (await app.listRows()).find((r) => 'headline' in r);
  if (!row || !('headline' in row)) throw new Error('no readable story');
  const { headline, id } = row;
  const original = await readFile(app.file(id), 'utf8');

  await app.library.getByRole('button', { name: `Delete ${headline}` }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Move to trash?' });
  await dialog.getByRole('button', { name: 'Move to trash' }).click();
  await expect(app.storyButton(headline)).toHaveCount(0);
  await expect(stat(app.file(id))).rejects.toThrow();

  await app.library.getByRole('tab', { name: /Trash/ }).click();
  await app.library.getByRole('button', { name: `Restore ${headline}` }).click();
  await expect(app.library.getByText('The trash is empty.')).toBeVisible();
  await app.library.getByRole('tab', { name: /Stories/ }).click();
  await expect(app.storyButton(headline)).toBeVisible();
  expect(await readFile(app.file(id), 'utf8')).toBe(original);
});

test('Up and Down move through the library and Enter opens a story', async ({ app }) => {
  await app.addStory('council-vote', { headline: 'Council vote on cycle lanes', now: new Date(Date.now() - 3_600_000) });
  await app.launch();
  const rows = app.library.getByRole('list', { name: 'Stories' }).getByRole('button', { name: /^(?!Delete)/ });
  await expect(rows).toHaveCount(2);
  await rows.first().focus();
  await app.page.keyboard.press('ArrowDown');
  await expect(app.storyButton('Council vote on cycle lanes')).toBeFocused();
  await app.page.keyboard.press('Enter');
  await expect(app.headline).toHaveValue('Council vote on cycle lanes');
  await app.page.keyboard.press('ArrowUp');
  await expect(rows.first()).toBeFocused();
});
