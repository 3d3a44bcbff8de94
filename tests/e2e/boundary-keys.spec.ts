import { expect, paragraph, test } from './app';

const LINES = 200;
const lines = Array.from({ length: LINES }, (_, i) => paragraph(`Line ${i + 1} about the ferry.`));

test('Home, End and Ctrl+End go to the ends of the line and the story, with Shift selecting', async ({ app }) => {
  await app.addStory('long', { headline: 'A long story', body: [...lines, paragraph('يعود الميناء إلى العمل.')] });
  await app.launch('?autosaveMs=600000');
  await app.open('A long story');
  const { page, body } = app;

  const line = body.locator('p').nth(99);
  await line.scrollIntoViewIfNeeded();
  await line.getByText('ferry').click();
  await page.keyboard.press('Home');
  await page.keyboard.type('New. ');
  await page.keyboard.press('End');
  await page.keyboard.type(' Done.');
  await expect(line).toHaveText('New. Line 100 about the ferry. Done.');

  // Shift+Home then typing replaces the line from the caret back to its start.
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('Rewritten.');
  await expect(line).toHaveText('Rewritten.');

  // Ctrl+End goes to the end of the story and shows it; the Arabic line's end is where its text ends.
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' تم.');
  const last = body.locator('p').last();
  await expect(last).toHaveText('يعود الميناء إلى العمل. تم.');
  await expect(last).toBeInViewport();
  await page.keyboard.press('Home');
  await page.keyboard.type('اليوم ');
  await expect(last).toHaveText('اليوم يعود الميناء إلى العمل. تم.');

  // Ctrl+Shift+Home selects back to the start of the story.
  await page.keyboard.press('ControlOrMeta+Shift+Home');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toMatch(/^Line 1 about the ferry\.[\s\S]*اليوم\s*$/);
  await expect(body.locator('p').first()).toBeInViewport();
});
