import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { articleSchema } from '../../shared/model/article';
import { bodyText } from '../../shared/model/text';
import { makePng } from '../helpers/png';
import { expect, paragraph, test } from './app';

test('a story written from scratch with every block type is saved whole and valid', async ({ app }) => {
  await app.addStory('harbour', { headline: 'Harbour reopens', body: [paragraph('')] });
  await app.launch();
  await app.open('Harbour reopens');
  const { page } = app;
  const ed = app.editor;
  const keys = page.keyboard;

  await app.body.click();
  await keys.type('The harbour reopened on Monday.');
  await keys.press('Enter');
  await keys.press('ControlOrMeta+Alt+1');
  await keys.type('What changes');
  await keys.press('Enter');
  await keys.press('ControlOrMeta+Alt+2');
  await keys.type('For ferries');
  await keys.press('Enter');
  await keys.press('ControlOrMeta+Shift+8');
  await keys.type('Earlier sailings');
  await keys.press('Enter');
  await keys.type('New fares');
  await keys.press('Enter');
  await keys.press('Enter');
  await keys.press('ControlOrMeta+Shift+7');
  await keys.type('Book online');
  await keys.press('Enter');
  await keys.press('Enter');
  await keys.press('ControlOrMeta+Shift+9');
  await keys.type('We waited two years for this.');
  await keys.press('Enter');
  await keys.press('Enter');
  await ed.slash('pull');
  await keys.type('Two years.');
  await keys.press('Enter');

  const png = makePng(48, 32);
  await ed.insertImage({ name: 'Quay at dawn.png', mimeType: 'image/png', buffer: png });
  const image = ed.voidBlock('Image');
  await expect(image.locator('img')).toBeVisible();
  await ed.fill(image, 'Caption', 'The quay at dawn.');
  await ed.fill(image, 'Credit', 'Port authority');
  await ed.fill(image, 'Alt text', 'Empty quay with a moored ferry');

  await ed.caretToEnd();
  await ed.slash('divider');
  await expect(app.body.getByRole('separator', { name: 'Divider' })).toBeVisible();

  await ed.slash('related');
  const related = ed.voidBlock('Related links');
  await ed.fill(related, 'Headline of new link', 'Ferry timetable');
  await ed.fill(related, 'Address of new link', 'example.com/timetable');
  await related.getByRole('button', { name: 'Add link' }).click();
  await expect(related.getByRole('textbox', { name: 'Address of link 1' })).toHaveValue('https://example.com/timetable');

  await ed.caretToEnd();
  await ed.slash('embed');
  const address = page.getByRole('textbox', { name: 'Embed address' });
  await address.fill('javascript:alert(1)');
  await address.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Use a web' })).toBeVisible();
  await address.fill('https://video.example.org/watch?v=42');
  await address.press('Enter');
  const embed = ed.voidBlock('Embed');
  await ed.fill(embed, 'Embed title', 'The first sailing');
  await expect(page.locator('iframe')).toHaveCount(0);

  await keys.press('ControlOrMeta+s');
  await expect(app.saveState).toHaveText(/^Saved \d/);

  const raw = JSON.parse(await readFile(app.file('harbour'), 'utf8'));
  const story = articleSchema.parse(raw);
  const types = story.body.map((b) => (b.type === 'heading' ? `heading-${b.level}` : b.type));
  for (const type of ['paragraph', 'heading-2', 'heading-3', 'bulleted-list', 'numbered-list', 'block-quote', 'pull-quote', 'image', 'divider', 'related-links', 'embed']) {
    expect(types, type).toContain(type);
  }
  const img = story.body.find((b) => b.type === 'image');
  expect(img).toMatchObject({ src: 'assets/quay-at-dawn.png', caption: 'The quay at dawn.', credit: 'Port authority', alt: 'Empty quay with a moored ferry' });
  expect(await readFile(join(app.root, 'assets', 'quay-at-dawn.png'))).toEqual(png);
  expect(story.body.find((b) => b.type === 'related-links')).toMatchObject({
    title: 'Our readers are reading too',
    items: [{ title: 'Ferry timetable', url: 'https://example.com/timetable' }],
  });
  expect(story.body.find((b) => b.type === 'embed')).toMatchObject({ url: 'https://video.example.org/watch?v=42', title: 'The first sailing' });
  const list = story.body.find((b) => b.type === 'bulleted-list');
  expect(list && bodyText({ body: [list] })).toContain('New fares');
});

test('bold, italic and a link by keyboard, with tooltips that name the keys', async ({ app }) => {
  await app.addStory('keys', { headline: 'Keys', body: [paragraph('')] });
  await app.launch();
  await app.open('Keys');
  const { page } = app;
  const ed = app.editor;
  await expect(ed.button('Bold')).toHaveAttribute('title', /Bold \((Ctrl\+B|⌘B)\)/);
  await expect(ed.button('Link')).toHaveAttribute('title', /Link \((Ctrl\+K|⌘K)\)/);
  await expect(ed.button('Numbered list')).toHaveAttribute('title', /Ctrl\+Shift\+7|⇧⌘7/);

  await app.body.click();
  await page.keyboard.type('Fares rise ');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type('sharply');
  await page.keyboard.press('ControlOrMeta+b');
  await expect(ed.button('Bold')).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.type(' on the ');
  await page.keyboard.press('ControlOrMeta+i');
  await page.keyboard.type('night');
  await page.keyboard.press('ControlOrMeta+i');
  await page.keyboard.type(' route, says the port.');
  await page.keyboard.press('ArrowLeft');
  await ed.selectBack('port'.length);
  await page.keyboard.press('ControlOrMeta+k');
  const address = page.getByRole('textbox', { name: 'Link address' });
  await address.fill('port.example.org/fares');
  await address.press('Enter');

  await expect(app.body.locator('strong')).toHaveText('sharply');
  await expect(app.body.locator('em')).toHaveText('night');
  const link = app.body.getByRole('link', { name: 'port' });
  await expect(link).toHaveAttribute('href', 'https://port.example.org/fares');

  // The caret in the link shows its address with Open and Remove.
  await page.keyboard.press('ArrowLeft');
  const bubble = page.getByRole('dialog', { name: 'Link' });
  await expect(bubble).toContainText('port.example.org/fares');
  await expect(bubble.getByRole('button', { name: 'Open' })).toBeVisible();
  await expect(ed.button('Link')).toHaveAttribute('aria-pressed', 'true');

  await page.keyboard.press('ControlOrMeta+s');
  await expect(app.saveState).toHaveText(/^Saved \d/);
  const [block] = (await app.readStory('keys')).body;
  expect(block).toEqual({
    type: 'paragraph',
    children: [
      { text: 'Fares rise ' },
      { text: 'sharply', bold: true },
      { text: ' on the ' },
      { text: 'night', italic: true },
      { text: ' route, says the ' },
      { type: 'link', url: 'https://port.example.org/fares', children: [{ text: 'port' }] },
      { text: '.' },
    ],
  });

  await bubble.getByRole('button', { name: 'Remove' }).click();
  await expect(app.body.getByRole('link')).toHaveCount(0);
  await expect(app.body).toContainText('says the port.');
});

test('replace all changes every match at once, and one undo brings them all back', async ({ app }) => {
  await app.addStory('find', {
    headline: 'Find',
    body: [
      paragraph('The ferry left at six. A second ferry followed.'),
      { type: 'heading', level: 2, children: [{ text: 'Ferry times' }] },
      paragraph('Ferrymen say the ferry is late.'),
    ],
  });
  await app.launch();
  await app.open('Find');
  const { page } = app;
  const ed = app.editor;
  await app.body.click();
  await page.keyboard.press('ControlOrMeta+h');
  await expect(ed.findBar).toBeVisible();
  await page.keyboard.type('ferry');
  await expect(ed.findBar.getByRole('status')).toHaveText('1 of 5');
  await expect(app.body.locator('.find-match')).toHaveCount(5);
  await ed.findBar.getByRole('button', { name: 'Whole word' }).click();
  await expect(ed.findBar.getByRole('status')).toHaveText(/of 4$/);
  await ed.findBar.getByRole('button', { name: 'Match case' }).click();
  await expect(ed.findBar.getByRole('status')).toHaveText(/of 3$/);
  await ed.findBar.getByRole('button', { name: 'Match case' }).click();
  await ed.findBar.getByRole('button', { name: 'Next match' }).click();
  await expect(ed.findBar.getByRole('status')).toHaveText('2 of 4');

  await ed.findBar.getByRole('textbox', { name: 'Replace with' }).fill('boat');
  await ed.findBar.getByRole('button', { name: 'Replace all' }).click();
  await expect(ed.findBar.getByRole('status')).toHaveText('Replaced 4');
  await expect(app.body).toHaveText(/The boat left at six\. A second boat followed\.\s*boat times\s*Ferrymen say the boat is late\./);

  await page.keyboard.press('Escape');
  await expect(ed.findBar).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(app.body).toContainText('The ferry left at six. A second ferry followed.');
  await expect(app.body).toContainText('Ferry times');
  await expect(app.body).toContainText('Ferrymen say the ferry is late.');
});

test('typography as you type, in the story language, and one undo gives the straight quote back', async ({ app }) => {
  await app.addStory('typo', { headline: 'Typography', body: [paragraph('')] });
  await app.addStory('typo-fr', { headline: 'Typographie', language: 'fr', body: [paragraph('')] });
  await app.launch();
  await app.open('Typography');
  const { page } = app;
  await app.body.click();
  await page.keyboard.type(`"It's back," she said -- at last... See https://example.com/a--b or 'the '90s'.`);
  await expect(app.body).toHaveText('“It’s back,” she said — at last… See https://example.com/a--b or ‘the ’90s’.');

  await page.keyboard.press('Enter');
  await page.keyboard.type('Height 5"');
  await expect(app.body).toContainText('Height 5”');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(app.body).toContainText('Height 5"');
  await expect(app.body).not.toContainText('Height 5”');

  await app.open('Typographie');
  await app.body.click();
  await page.keyboard.type('Il a dit "oui".');
  await expect(app.body).toHaveText('Il a dit «\u00A0oui\u00A0».');
});
