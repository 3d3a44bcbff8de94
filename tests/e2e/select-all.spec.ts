import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makePng } from '../helpers/png';
import { expect, paragraph, test } from './app';

test('select all takes what the caret is in: the headline, a caption, or the whole story at once', async ({ app }) => {
  await mkdir(join(app.root, 'assets'));
  await writeFile(join(app.root, 'assets', 'quay.png'), makePng(320, 150));
  const image = { type: 'image' as const, src: 'assets/quay.png', alt: 'The quay', caption: 'At dawn', credit: 'Staff', children: [{ text: '' }] };
  await app.addStory('select-all', {
    headline: 'Ferry back in port',
    body: [image, paragraph('The ferry returned on Monday.'), paragraph('Fares stay the same.')],
  });
  await app.launch('?autosaveMs=600000');
  await app.open('Ferry back in port');
  const paragraphs = app.body.locator('p');
  await expect(paragraphs).toHaveCount(2);

  // In the headline, select all and type replaces the headline only.
  await app.headline.click();
  await app.page.keyboard.press('ControlOrMeta+a');
  await app.page.keyboard.type('Ferry returns');
  await expect(app.headline).toHaveValue('Ferry returns');
  await expect(paragraphs).toHaveText(['The ferry returned on Monday.', 'Fares stay the same.']);

  // In an image's caption, it takes the caption only.
  const caption = app.editor.voidBlock('Image').getByRole('textbox', { name: 'Caption' });
  await caption.click();
  await app.page.keyboard.press('ControlOrMeta+a');
  await app.page.keyboard.type('The quay');
  await expect(caption).toHaveValue('The quay');
  await expect(paragraphs).toHaveText(['The ferry returned on Monday.', 'Fares stay the same.']);

  // In the body it takes the whole story, and a key pressed straight after acts on all of it.
  await paragraphs.last().click();
  await app.page.keyboard.press('ControlOrMeta+a');
  await app.page.keyboard.press('ControlOrMeta+b');
  await expect(app.body.locator('strong')).toHaveText(['The ferry returned on Monday.', 'Fares stay the same.']);
  await expect(app.page.evaluate(() => window.getSelection()?.toString())).resolves.toContain('Fares stay the same.');
  await expect(app.page.evaluate(() => window.getSelection()?.toString())).resolves.toContain('The ferry returned on Monday.');
});

test('Edit › Select All in the desktop menu takes the whole story in the body, the field alone in the headline', async ({ app }) => {
  await app.addStory('menu-select', { headline: 'Tide tables', body: [paragraph('High water at noon.'), paragraph('Low water at six.')] });
  await app.launch();
  await app.open('Tide tables');

  await app.body.getByText('Low water').click();
  app.menu('menu:selectAll');
  // The menu's choice reaches the page as an event; wait for it before typing over the selection.
  await expect.poll(() => app.page.evaluate(() => window.getSelection()?.toString() ?? '')).toMatch(/^High water at noon\.\s+Low water at six\.$/);
  await app.page.keyboard.type('Tides change.');
  await expect(app.body.locator('p')).toHaveText(['Tides change.']);
  await expect(app.headline).toHaveValue('Tide tables');

  await app.headline.click();
  app.menu('menu:selectAll');
  await expect
    .poll(() => app.headline.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd]))
    .toEqual([0, 'Tide tables'.length]);
  await app.page.keyboard.type('Tides');
  await expect(app.headline).toHaveValue('Tides');
  await expect(app.body.locator('p')).toHaveText(['Tides change.']);
});
