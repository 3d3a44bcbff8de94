import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, paragraph, test } from './app';

const fixtures = resolve(import.meta.dirname, '..', 'fixtures', 'paste');
const fixture = (name: string) => readFile(join(fixtures, name), 'utf8');

test('HTML from Google Docs lands as our blocks, with its marks, lists and link', async ({ app }) => {
  await app.addStory('timetable', { headline: 'Timetable', body: [paragraph('Here is the new timetable.')] });
  const first = { id: 'timetable' };
  await app.launch();
  await app.open('Timetable');
  // On an empty line the first pasted block keeps its own type.
  await app.typeAtEnd('');
  await app.page.keyboard.press('Enter');
  await app.pasteIntoBody({ 'text/html': await fixture('google-docs.html'), 'text/plain': 'plain version' });

  const body = app.body;
  await expect(body.locator('h2', { hasText: 'Night ferry timetable' })).toHaveCount(1);
  await expect(body.locator('strong', { hasText: 'half past five' })).toHaveCount(1);
  await expect(body.locator('em', { hasText: 'confirmed' })).toHaveCount(1);
  await expect(body.locator('ul > li')).toHaveText(['Weekdays every hour', 'Sundays every two hours']);
  await expect(body.locator('ol > li')).toHaveText(['Buy a ticket', 'Board at pier two']);
  await expect(body.locator('.inline-link', { hasText: 'web site' })).toHaveCount(1);
  await expect(body).not.toContainText('plain version');
  // Google Docs' bold wrapper must not bold the plain text.
  await expect(body.locator('strong', { hasText: 'The first boat leaves at' })).toHaveCount(0);

  await expect(app.saveState).toHaveText(/^Saved \d/, { timeout: 5000 });
  const saved = await app.readStory(first.id);
  expect(saved.body.map((b) => b.type)).toEqual(expect.arrayContaining(['heading', 'bulleted-list', 'numbered-list']));
});

test('hostile HTML pasted into the body runs nothing and leaves only text', async ({ app }) => {
  await app.launch();
  const [first] = await app.listRows();
  if (!first || !('headline' in first)) throw new Error('no sample story');
  await app.open(first.headline);
  await app.page.evaluate(() => {
    delete (window as unknown as { __pwned?: unknown }).__pwned;
  });
  const dialogs: string[] = [];
  app.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await app.typeAtEnd(' ');
  for (const name of [
    'hostile-img-onerror.html',
    'hostile-svg-onload.html',
    'hostile-details-ontoggle.html',
    'hostile-links.html',
    'hostile-style.html',
    'hostile-iframe.html',
    'hostile-mixed.html',
  ]) {
    await app.pasteIntoBody({ 'text/html': await fixture(name) });
  }
  await expect(app.body).toContainText('Visible paragraph');
  await expect(app.body).toContainText('After the frames.');
  await app.page.waitForTimeout(500);

  expect(await app.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  const inBody = await app.body.evaluate((el) => ({
    elements: el.querySelectorAll('img, svg, iframe, object, embed, script, style, details, form, input').length,
    handlers: [...el.querySelectorAll('*')].filter((n) => [...n.attributes].some((a) => a.name.startsWith('on'))).length,
    hrefs: [...el.querySelectorAll('[href], [src]')].map((n) => n.getAttribute('href') ?? n.getAttribute('src')),
  }));
  expect(inBody.elements).toBe(0);
  expect(inBody.handlers).toBe(0);
  expect(inBody.hrefs.every((url) => url === 'https://example.com/safe')).toBe(true);
  await expect(app.body.locator('.inline-link')).toHaveText(['safe link']);

  await expect(app.saveState).toHaveText(/^Saved \d/, { timeout: 5000 });
  const json = await readFile(app.file(first.id), 'utf8');
  expect(json).not.toMatch(/javascript:|onerror|onload|ontoggle|<script|<iframe|data:text\/html/i);
});

test('plain text paste makes paragraphs at blank lines', async ({ app }) => {
  await app.launch();
  const [first] = await app.listRows();
  if (!first || !('headline' in first)) throw new Error('no sample story');
  await app.open(first.headline);
  const before = await app.body.locator('p').count();
  await app.typeAtEnd(' ');
  await app.pasteIntoBody({ 'text/plain': 'Wire copy wrapped\nat a fixed width.\n\nSecond paragraph.' });
  await expect(app.body).toContainText('Wire copy wrapped at a fixed width.');
  await expect(app.body.locator('p').last()).toHaveText('Second paragraph.');
  expect(await app.body.locator('p').count()).toBe(before + 1);
});
