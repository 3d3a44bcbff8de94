import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bodyText } from '../../shared/model/text';
import { expect, paragraph, test, type CopydeskApp } from './app';

/** Sets who is at this machine, from the Review panel. */
async function signIn(app: CopydeskApp, name: string, initials: string): Promise<void> {
  await app.page.getByRole('toolbar', { name: 'Panels' }).getByRole('button', { name: 'Review', exact: true }).click();
  await app.page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await app.page.getByRole('textbox', { name: 'Your initials' }).fill(initials);
  await app.page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(app.page.getByRole('region', { name: 'You' })).toContainText(name);
}

async function saveNow(app: CopydeskApp): Promise<void> {
  await app.page.keyboard.press('ControlOrMeta+s');
  await expect(app.saveState).toHaveText(/^Saved \d/);
}

test('two people review offline: the writer writes, the editor comments and suggests, the writer accepts some and rejects others, approves and exports exactly the accepted text', async ({
  app: writer,
  secondMachine,
}) => {
  test.setTimeout(60_000);
  // The writer drafts the story on their laptop.
  await writer.addStory('night-ferry', { headline: 'Night ferry fares rise', body: [paragraph('')] });
  await writer.launch('?autosaveMs=60000');
  await writer.open('Night ferry fares rise');
  await signIn(writer, 'Sam Reed', 'SR');
  await writer.field('Standfirst').fill('The operator blames the price of fuel.');
  await writer.page.getByRole('button', { name: 'Add byline' }).click();
  await writer.field('Byline 1 name').fill('Sam Reed');
  await writer.typeAtEnd('Fares on the night ferry will rise by a tenth in March. Fuel costs have doubled since the spring.');
  await writer.page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('ready-for-edit');
  await saveNow(writer);

  // The file goes to the editor, who has their own Copydesk, workspace and name.
  const editor = await secondMachine();
  await editor.launch('?autosaveMs=60000');
  await copyFile(writer.file('night-ferry'), editor.file('night-ferry'));
  await expect(editor.storyButton('Night ferry fares rise')).toContainText('Ready for edit');
  await editor.open('Night ferry fares rise');
  await signIn(editor, 'Maya Okafor', 'MO');

  await editor.selectInBody('a tenth');
  await editor.page.keyboard.press('ControlOrMeta+Alt+m');
  const draft = editor.page.getByRole('region', { name: 'New comment' });
  await draft.getByRole('textbox', { name: 'Comment' }).fill('Where does the tenth come from?');
  await draft.getByRole('button', { name: 'Comment' }).click();
  await expect(editor.page.getByRole('listitem', { name: 'Comment by Maya Okafor' })).toBeVisible();

  await editor.page.getByRole('button', { name: 'Suggest changes' }).click();
  await expect(editor.page.getByRole('button', { name: 'Suggest changes' })).toHaveAttribute('aria-pressed', 'true');
  await editor.selectInBody('night ');
  await editor.page.keyboard.press('Backspace');
  await expect(editor.body.locator('.suggestion--delete')).toHaveText(['night ']);
  await editor.selectInBody(' since the spring');
  await editor.page.keyboard.press('Backspace');
  await expect(editor.body.locator('.suggestion--delete')).toHaveText(['night ', ' since the spring']);
  await editor.typeAtEnd(' Return fares are unchanged.');
  await expect(editor.body.locator('.suggestion--insert')).toHaveText([' Return fares are unchanged.']);
  await editor.page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('edited');
  await saveNow(editor);

  // Back on the writer's laptop, the returned file replaces theirs; the open story follows it.
  await copyFile(editor.file('night-ferry'), writer.file('night-ferry'));
  const page = writer.page;
  await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveValue('edited');
  await expect(page.getByRole('region', { name: 'Status log' })).toContainText('Maya Okafor');
  const comment = page.getByRole('listitem', { name: 'Comment by Maya Okafor' });
  await expect(comment).toContainText('Where does the tenth come from?');
  await expect(writer.body.locator('.comment-anchor')).toHaveText('a tenth');
  const suggestions = page.getByRole('region', { name: 'Suggestions' });
  await expect(suggestions).toContainText('Suggestions (3)');

  await comment.getByRole('button', { name: 'Reply' }).click();
  await comment.getByRole('textbox', { name: 'Reply' }).fill('Port authority tariff sheet.');
  await comment.getByRole('button', { name: 'Reply' }).click();
  await comment.getByRole('button', { name: 'Resolve' }).click();

  const deletions = suggestions.getByRole('listitem', { name: 'Deletion by Maya Okafor' });
  await deletions.filter({ hasText: 'night' }).getByRole('button', { name: 'Reject' }).click();
  await deletions.filter({ hasText: 'since the spring' }).getByRole('button', { name: 'Accept' }).click();
  await suggestions.getByRole('listitem', { name: 'Insertion by Maya Okafor' }).getByRole('button', { name: 'Accept' }).click();
  await expect(suggestions).toContainText('Suggestions (0)');

  const accepted = 'Fares on the night ferry will rise by a tenth in March. Fuel costs have doubled. Return fares are unchanged.';
  await expect(writer.body).toHaveText(accepted);
  await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption('approved');
  await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveValue('approved');

  await page.keyboard.press('ControlOrMeta+Shift+E');
  const dialog = page.getByRole('dialog', { name: /^Export stor/ });
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption('html');
  await dialog.getByRole('button', { name: 'Export 1 story' }).click();
  await expect(page.getByRole('status', { name: 'Export result' })).toContainText('Exported 1 file');

  const [folder] = await readdir(join(writer.root, 'exports'));
  const html = await readFile(join(writer.root, 'exports', folder!, 'night-ferry-fares-rise.html'), 'utf8');
  expect(html).toContain(`<p data-block="0">${accepted}</p>`);
  expect(html).not.toContain('Where does the tenth');
  expect(html).not.toContain('since the spring');

  const story = await writer.readStory('night-ferry');
  expect(bodyText(story)).toBe(accepted);
  expect(story.metadata.status).toBe('published');
  expect(story.statusLog.map((e) => [e.status, e.by.name])).toEqual([
    ['ready-for-edit', 'Sam Reed'],
    ['edited', 'Maya Okafor'],
    ['approved', 'Sam Reed'],
    ['published', 'Sam Reed'],
  ]);
  expect(story.comments[0]).toMatchObject({ resolved: true, author: { name: 'Maya Okafor' } });
  expect(story.comments[0]!.replies.map((r) => r.author.name)).toEqual(['Sam Reed']);
});
