import { readFile } from 'node:fs/promises';
import { expect, paragraph, test } from './app';

test('Review copy downloads a printable page with the comments', async ({ app }) => {
  const article = await app.addStory('harbour', { headline: 'Harbour reopens', body: [paragraph('The harbour reopened on Monday.')] });
  await app.writeStory('harbour', {
    ...article,
    comments: [{ id: 'c1', author: { name: 'Ed Itor', initials: 'EI' }, createdAt: article.metadata.createdAt, text: 'Which Monday?', resolved: false, anchorText: 'Monday', replies: [] }],
  });
  await app.launch();
  await app.open('Harbour reopens');
  await app.page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = app.page.waitForEvent('download');
  await app.page.getByRole('menuitem', { name: 'Review copy (HTML)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('harbour-reopens-review.html');
  const html = await readFile(await file.path(), 'utf8');
  expect(html).toContain('Which Monday?');
  expect(html).toContain('The harbour reopened on Monday.');
});
