import { expect, paragraph, test } from './app';

const LINES = 300;
const lines = Array.from({ length: LINES }, (_, i) => paragraph(`Line ${i + 1} of a long story about the harbour ferry and its timetable.`));

test('a long story types in the middle, hints on an empty line, and select all then delete empties it for one undo', async ({ app }) => {
  await app.addStory('long', { headline: 'A long story', body: lines });
  await app.launch('?autosaveMs=600000');
  await app.open('A long story');
  const body = app.body;
  await expect(body.locator('p')).toHaveCount(LINES);

  // Typing in the middle of the story lands where the caret is.
  const middle = body.locator('p', { hasText: 'Line 150 of' });
  await middle.scrollIntoViewIfNeeded();
  await middle.click();
  await app.page.keyboard.press('End');
  await app.page.keyboard.type(' Added.');
  await expect(middle).toHaveText(/timetable\. Added\.$/);

  // An empty line holding the caret shows the block hint, and only that line.
  await app.page.keyboard.press('Enter');
  await expect(body.locator('p.block-hint')).toHaveCount(1);
  await expect(body.locator('p.block-hint')).toHaveAttribute('data-hint', 'Type / for blocks');
  await app.page.keyboard.type('x');
  await expect(body.locator('p.block-hint')).toHaveCount(0);

  // Select all and delete leaves one empty line; one undo brings every line back.
  await app.page.keyboard.press('ControlOrMeta+a');
  await app.page.keyboard.press('Backspace');
  await expect(body.locator('p')).toHaveCount(1);
  await expect(body).toHaveText(/^\W*Write the story…$/);
  await app.page.keyboard.press('ControlOrMeta+z');
  await expect(body.locator('p')).toHaveCount(LINES + 1);
  await expect(body.locator('p', { hasText: 'Line 300 of' })).toHaveCount(1);
});
