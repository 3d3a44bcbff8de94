import { expect, paragraph, test } from './app';
import { bodyText } from '../../shared/model/text';

test('every header field is saved on its own and is all there after a reload', async ({ app }) => {
  await app.addStory('night-ferry', { headline: 'Night ferry', body: [paragraph('The crossing runs again.')] });
  const first = { id: 'night-ferry' };
  await app.launch();
  await app.open('Night ferry');
  const page = app.page;

  await app.field('Section').fill('Harbour');
  await app.headline.fill('Night ferry returns to the old harbour');
  await expect(app.field('Slug')).toHaveValue('night-ferry-returns-to-the-old-harbour');
  await app.field('Standfirst').fill('The crossing runs again after two years of repairs.');
  await expect(app.field('Social headline')).toHaveAttribute('placeholder', 'Night ferry returns to the old harbour');
  await app.field('Social headline').fill('The night ferry is back');

  await page.getByRole('button', { name: 'Add byline' }).click();
  await expect(app.field('Byline 1 name')).toBeFocused();
  await page.keyboard.type('Amira Haddad');
  await app.field('Byline 1 role').fill('Transport correspondent');
  await page.getByRole('button', { name: 'Add byline' }).click();
  await app.field('Byline 2 name').fill('Someone Else');
  await page.getByRole('button', { name: 'Remove byline 2' }).click();
  await expect(app.field('Byline 2 name')).toHaveCount(0);

  await app.field('Dateline place').fill('PORT ELLEN');
  await page.getByLabel('Dateline date').fill('2026-03-03');

  const tagInput = app.field('Add tag');
  await tagInput.click();
  await page.keyboard.type('ferries, transport');
  await page.keyboard.press('Enter');
  await page.keyboard.type('weather');
  await page.keyboard.press('Enter');
  const tags = page.getByRole('list', { name: 'Tags' }).getByRole('listitem');
  await expect(tags).toHaveText(['ferries×', 'transport×', 'weather×']);
  await page.keyboard.press('Backspace');
  await expect(tags).toHaveText(['ferries×', 'transport×']);

  await app.typeAtEnd(' Tickets go on sale on Friday.');
  await expect(app.saveState).toHaveText(/^Saved \d/, { timeout: 5000 });

  const saved = await app.readStory(first.id);
  expect(saved.metadata).toMatchObject({
    section: 'Harbour',
    headline: 'Night ferry returns to the old harbour',
    slug: 'night-ferry-returns-to-the-old-harbour',
    standfirst: 'The crossing runs again after two years of repairs.',
    socialHeadline: 'The night ferry is back',
    bylines: [{ name: 'Amira Haddad', role: 'Transport correspondent' }],
    dateline: { place: 'PORT ELLEN', date: '2026-03-03' },
    tags: ['ferries', 'transport'],
  });
  expect(bodyText(saved)).toContain('Tickets go on sale on Friday.');

  await page.reload();
  await app.open('Night ferry returns to the old harbour');
  await expect(app.field('Section')).toHaveValue('Harbour');
  await expect(app.field('Standfirst')).toHaveValue('The crossing runs again after two years of repairs.');
  await expect(app.field('Social headline')).toHaveValue('The night ferry is back');
  await expect(app.field('Byline 1 name')).toHaveValue('Amira Haddad');
  await expect(app.field('Byline 1 role')).toHaveValue('Transport correspondent');
  await expect(app.field('Dateline place')).toHaveValue('PORT ELLEN');
  await expect(page.getByLabel('Dateline date')).toHaveValue('2026-03-03');
  await expect(tags).toHaveText(['ferries×', 'transport×']);
  await expect(app.body).toContainText('Tickets go on sale on Friday.');
});

test('the headline shows its length and warns past the newsroom limit', async ({ app }) => {
  await app.launch();
  const [first] = await app.listRows();
  if (!first || !('headline' in first)) throw new Error('no sample story');
  await app.open(first.headline);
  const count = app.page.getByLabel('Headline length');
  await app.headline.fill('Ferry back');
  await expect(count).toHaveText('10/70');
  await expect(app.headline).not.toHaveAttribute('aria-invalid', 'true');
  await app.headline.fill('A'.repeat(75));
  await expect(count).toHaveText('75/70 · 5 over the limit');
  await expect(app.headline).toHaveAttribute('aria-invalid', 'true');
});

test('a slug edited by hand is kept when the headline changes, and Reset makes it from the headline again', async ({ app }) => {
  await app.launch();
  const [first] = await app.listRows();
  if (!first || !('headline' in first)) throw new Error('no sample story');
  await app.open(first.headline);
  await app.field('Slug').fill('ferry-exclusive');
  await app.headline.fill('Ferry is back');
  await expect(app.field('Slug')).toHaveValue('ferry-exclusive');
  await app.page.getByRole('button', { name: 'Reset' }).click();
  await expect(app.field('Slug')).toHaveValue('ferry-is-back');
  await app.headline.fill('Ferry is back at last');
  await expect(app.field('Slug')).toHaveValue('ferry-is-back-at-last');
  await expect(app.page.getByRole('button', { name: 'Reset' })).toHaveCount(0);
});

test('undo and redo walk header and body edits in order, from the body or from a field', async ({ app }) => {
  await app.launch();
  const [first] = await app.listRows();
  if (!first || !('headline' in first)) throw new Error('no sample story');
  await app.open(first.headline);
  const page = app.page;
  const original = await app.body.innerText();

  await app.headline.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' today');
  // One word: a single body step, whatever the typing aids do at spaces.
  await app.typeAtEnd('Zanzibar');
  await expect(app.headline).toHaveValue(`${first.headline} today`);

  // Caret in the body: the body edit goes first, then the headline.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(app.body).not.toContainText('Zanzibar');
  await expect(app.headline).toHaveValue(`${first.headline} today`);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(app.headline).toHaveValue(first.headline);
  expect(await app.body.innerText()).toBe(original);

  // Redo from a header field, with both shortcuts.
  await app.field('Standfirst').click();
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(app.headline).toHaveValue(`${first.headline} today`);
  await expect(app.body).not.toContainText('Zanzibar');
  await page.keyboard.press('Control+y');
  await expect(app.body).toContainText('Zanzibar');

  // And undo from the field reaches the body too.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(app.body).not.toContainText('Zanzibar');
  await expect(app.field('Standfirst')).toBeFocused();
});

test('Edit › Undo and Redo in the desktop menu walk the story history from a field, and a comment box keeps its own', async ({ app }) => {
  await app.addStory('menu-undo', { headline: 'Tide tables', body: [paragraph('High water at noon.')] });
  await app.launch('?autosaveMs=60000');
  await app.open('Tide tables');
  const page = app.page;
  await app.typeAtEnd(' Low water at six.');
  await app.field('Standfirst').click();
  await page.keyboard.type('Times for the week');

  // From the Standfirst field the menu undoes the field, then the body: one history.
  app.menu('menu:undo');
  await expect(app.field('Standfirst')).toHaveValue('');
  app.menu('menu:undo');
  await expect(app.body).not.toContainText('Low water');
  app.menu('menu:redo');
  await expect(app.body).toContainText('Low water at six.');
  await expect(app.field('Standfirst')).toHaveValue('');

  // In the comment box, outside the story, undo is the box's own.
  await app.selectInBody('High water');
  await page.keyboard.press('ControlOrMeta+Alt+m');
  await page.getByRole('textbox', { name: 'Your name' }).fill('Ana Diaz');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const box = page.getByRole('region', { name: 'New comment' }).getByRole('textbox', { name: 'Comment' });
  await box.click();
  await page.keyboard.type('Check');
  app.menu('menu:undo');
  await expect(box).not.toHaveValue('Check');
  await expect(app.body).toContainText('Low water at six.');
  await expect(app.field('Standfirst')).toHaveValue('');
});

test('choosing Arabic turns the story right to left; an English tag in it stays left to right', async ({ app }) => {
  await app.launch();
  const [first] = await app.listRows();
  if (!first || !('headline' in first)) throw new Error('no sample story');
  await app.open(first.headline);
  const page = app.page;
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
  await expect(page.getByRole('combobox', { name: 'Text direction' })).toHaveValue('rtl');
  for (const el of [app.body, app.headline, app.field('Standfirst'), app.field('Section')]) {
    expect(await el.evaluate((node) => getComputedStyle(node).direction)).toBe('rtl');
  }
  await app.field('Add tag').fill('موانئ');
  await page.keyboard.press('Enter');
  await app.field('Add tag').fill('ferries');
  await page.keyboard.press('Enter');
  const tag = (text: string) => page.getByRole('list', { name: 'Tags' }).locator('bdi', { hasText: text });
  expect(await tag('ferries').evaluate((node) => getComputedStyle(node).direction)).toBe('ltr');
  expect(await tag('موانئ').evaluate((node) => getComputedStyle(node).direction)).toBe('rtl');

  // The direction can be overridden by hand.
  await page.getByRole('combobox', { name: 'Text direction' }).selectOption('ltr');
  expect(await app.body.evaluate((node) => getComputedStyle(node).direction)).toBe('ltr');
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('ar');
});
