import { bodyText } from '../../shared/model/text';
import { expect, test } from './app';

test('edits that were never saved are offered back after the window dies, and Restore brings them back', async ({ app }) => {
  // Autosave held back, so only the backup has the edits.
  await app.launch('?autosaveMs=60000');
  const [first] = await app.listRows();
  if (!first || !('headline' in first)) throw new Error('no sample story');
  await app.open(first.headline);
  await app.field('Standfirst').fill('Written just before the crash.');
  await app.typeAtEnd(' Typed before the crash.');
  await expect.poll(() => app.readBackup(first.id), { timeout: 4000 }).toContain('Typed before the crash.');
  expect(await app.readBackup(first.id)).toContain('Written just before the crash.');

  // The window dies: no unload handlers run, nothing more is sent.
  await app.crash();
  expect(bodyText(await app.readStory(first.id))).not.toContain('Typed before the crash.');

  const next = await app.openAnotherPage();
  const banner = next.page.getByRole('alert', { name: 'Recovered changes' });
  await expect(banner).toContainText(/Unsaved changes from .+ were recovered/);
  await expect(next.headline).toHaveValue(first.headline);
  await expect(next.body).not.toContainText('Typed before the crash.');
  await expect(next.saveState).toHaveText('Saved');

  await banner.getByRole('button', { name: 'Restore' }).click();
  await expect(banner).toHaveCount(0);
  await expect(next.body).toContainText('Typed before the crash.');
  await expect(next.field('Standfirst')).toHaveValue('Written just before the crash.');
  await expect(next.saveState).toHaveText(/^(Unsaved changes|Saving…|Saved \d.*)$/);

  // Saving goes the normal way, and the backup is dropped afterwards.
  await expect(next.saveState).toHaveText(/^Saved \d/, { timeout: 5000 });
  expect(bodyText(await app.readStory(first.id))).toContain('Typed before the crash.');
  await expect.poll(() => app.readBackup(first.id)).toBeNull();
});

test('Discard drops the recovered edits and leaves the file as it was', async ({ app }) => {
  await app.launch('?autosaveMs=60000');
  const [first] = await app.listRows();
  if (!first || !('headline' in first)) throw new Error('no sample story');
  await app.open(first.headline);
  const before = await app.readStory(first.id);
  await app.typeAtEnd(' Not wanted.');
  await expect.poll(() => app.readBackup(first.id), { timeout: 4000 }).toContain('Not wanted.');
  await app.crash();

  const next = await app.openAnotherPage();
  const banner = next.page.getByRole('alert', { name: 'Recovered changes' });
  await banner.getByRole('button', { name: 'Discard' }).click();
  await expect(banner).toHaveCount(0);
  await expect.poll(() => app.readBackup(first.id)).toBeNull();
  await expect(next.body).not.toContainText('Not wanted.');
  expect(await app.readStory(first.id)).toEqual(before);
});
