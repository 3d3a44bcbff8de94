import { blockText, bodyText } from '../../shared/model/text';
import { expect, paragraph, test } from './app';

const PARAGRAPHS = ['The ferry sailed at dawn.', 'Crowds gathered at the pier.', 'The mayor spoke briefly.', 'Service resumes on Monday.'];

test('both sides changed the body: merge by paragraph keeps my edit and theirs', async ({ app }) => {
  await app.addStory('ferry-merge', { headline: 'Ferry merge', body: PARAGRAPHS.map(paragraph) });
  await app.launch('?autosaveMs=600000');
  await app.open('Ferry merge');

  // My edit: the end of paragraph 1.
  await app.body.locator('p').first().click();
  await app.page.keyboard.press('End');
  await app.page.keyboard.type(' Mine edit.');
  await expect(app.saveState).toHaveText('Unsaved changes');

  // Meanwhile another desk changes paragraph 3 on disk.
  const onDisk = await app.readStory('ferry-merge');
  await app.writeStory('ferry-merge', { ...onDisk, body: onDisk.body.map((b, i) => (i === 2 ? paragraph('The mayor spoke for an hour.') : b)) });

  const banner = app.page.getByRole('alert').filter({ hasText: 'Changed on disk' });
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Merge by paragraph' }).click();

  const merge = app.page.getByRole('region', { name: 'Merge by paragraph' });
  await expect(merge.getByRole('radiogroup')).toHaveCount(2);
  const third = merge.getByRole('radiogroup', { name: 'Paragraph 3: which version' });
  await expect(merge.getByRole('listitem', { name: 'Paragraph 3' }).locator('del')).toContainText('for an hour');
  await third.getByRole('radio', { name: 'Use theirs' }).click();
  await expect(third.getByRole('radio', { name: 'Use theirs' })).toHaveAttribute('aria-checked', 'true');
  await merge.getByRole('button', { name: 'Save merged' }).click();

  await expect(banner).toHaveCount(0);
  await expect(app.saveState).toHaveText(/^Saved \d/);
  const saved = await app.readStory('ferry-merge');
  expect(saved.body.map(blockText)).toEqual(['The ferry sailed at dawn. Mine edit.', PARAGRAPHS[1], 'The mayor spoke for an hour.', PARAGRAPHS[3]]);
  await expect(app.body).toContainText('Mine edit.');
  await expect(app.body).toContainText('for an hour');
  expect(bodyText(saved)).not.toContain('spoke briefly');
});
