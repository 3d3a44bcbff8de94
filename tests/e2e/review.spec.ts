import { expect, paragraph, test } from './app';
import { bodyText } from '../../shared/model/text';

test('name, status, a comment thread, versions with a diff and a restore, and an approval that needs a reason', async ({ app }) => {
  await app.addStory('harbour-wall', {
    headline: 'Harbour wall to be rebuilt',
    body: [paragraph('The harbour wall will be rebuilt.'), paragraph('Work starts in May.')],
  });
  await app.launch('?autosaveMs=60000');
  await app.open('Harbour wall to be rebuilt');
  const page = app.page;
  const panels = page.getByRole('toolbar', { name: 'Panels' });

  // You: name and initials, kept on this machine.
  await panels.getByRole('button', { name: 'Review', exact: true }).click();
  await page.getByRole('textbox', { name: 'Your name' }).fill('Maya Okafor');
  await page.getByRole('textbox', { name: 'Your initials' }).fill('MO');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('region', { name: 'You' })).toContainText('Maya Okafor');

  // Status: recorded with who and when, in the file and the library.
  const status = page.getByRole('combobox', { name: 'Status', exact: true });
  await status.selectOption('ready-for-edit');
  await expect.poll(async () => (await app.readStory('harbour-wall')).statusLog.map((e) => [e.status, e.by.name])).toEqual([
    ['ready-for-edit', 'Maya Okafor'],
  ]);
  await expect(app.library.getByText('Ready for edit')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Status log' })).toContainText('Maya Okafor');

  // A comment on the selected first paragraph, a reply, then resolved.
  await app.body.click();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('ControlOrMeta+Alt+m');
  const draft = page.getByRole('region', { name: 'New comment' });
  await expect(draft).toContainText('The harbour wall will be rebuilt.');
  await draft.getByRole('textbox', { name: 'Comment' }).fill('Which wall, the north or the south one?');
  await draft.getByRole('button', { name: 'Comment' }).click();
  const comment = page.getByRole('listitem', { name: 'Comment by Maya Okafor' });
  await expect(comment).toContainText('Which wall, the north or the south one?');
  await expect(app.body.locator('.comment-anchor')).toHaveText('The harbour wall will be rebuilt.');

  await comment.getByRole('button', { name: 'Reply' }).click();
  await comment.getByRole('textbox', { name: 'Reply' }).fill('The north one.');
  await comment.getByRole('button', { name: 'Reply' }).click();
  await expect(comment.getByRole('list', { name: 'Replies' })).toContainText('The north one.');
  await comment.getByRole('button', { name: 'Resolve' }).click();
  await expect(comment.getByRole('button', { name: 'Reopen' })).toBeVisible();

  // Ctrl+S saves and keeps a version.
  await page.keyboard.press('ControlOrMeta+s');
  await expect.poll(async () => (await app.readStory('harbour-wall')).comments[0]?.resolved).toBe(true);
  const saved = await app.readStory('harbour-wall');
  expect(saved.comments[0]).toMatchObject({ text: 'Which wall, the north or the south one?', anchorText: 'The harbour wall will be rebuilt.' });
  expect(saved.comments[0]!.replies.map((r) => [r.text, r.author.name])).toEqual([['The north one.', 'Maya Okafor']]);
  const firstLeaf = (saved.body[0] as { children: { text: string; comments?: string[] }[] }).children[0]!;
  expect(firstLeaf).toEqual({ text: 'The harbour wall will be rebuilt.', comments: [saved.comments[0]!.id] });

  // A second version with one word changed.
  await app.typeAtEnd('');
  await page.keyboard.press('End');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('June.');
  await page.keyboard.press('ControlOrMeta+s');
  await expect.poll(async () => bodyText(await app.readStory('harbour-wall'))).toContain('Work starts in June.');

  await panels.getByRole('button', { name: 'Versions', exact: true }).click();
  const versions = page.getByRole('list', { name: 'Versions' }).getByRole('listitem');
  await expect(versions).toHaveCount(3);
  await expect(versions.first()).toContainText('Version 3');
  await expect(versions.first()).toContainText('Saved');
  await expect(versions.first()).toContainText('Maya Okafor');
  await expect(versions.first()).toContainText('10 words');
  await expect(versions.last()).toContainText('Status changed');

  await page.getByRole('combobox', { name: 'Compare from' }).selectOption({ label: 'Version 2' });
  await page.getByRole('combobox', { name: 'Compare to' }).selectOption({ label: 'Version 3' });
  await page.getByRole('button', { name: 'Compare' }).click();
  const diff = page.getByRole('region', { name: 'Differences' });
  await expect(diff.locator('del.diff-del')).toHaveText(['May']);
  await expect(diff.locator('ins.diff-ins')).toHaveText(['June']);

  // Open version 2 read only.
  await page.getByRole('listitem', { name: 'Version 2' }).getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('region', { name: 'Version 2' })).toContainText('Work starts in May.');

  // Restoring version 2 brings May back and adds a version.
  await page.getByRole('listitem', { name: 'Version 2' }).getByRole('button', { name: 'Restore' }).click();
  await expect(versions).toHaveCount(4);
  await expect(versions.first()).toContainText('Restored version 2');
  await expect(app.body).toContainText('Work starts in May.');
  await expect.poll(async () => bodyText(await app.readStory('harbour-wall'))).toContain('Work starts in May.');

  // Approving with no byline or standfirst asks for a reason, which goes in the status log on disk.
  await status.selectOption('approved');
  const dialog = page.getByRole('dialog', { name: 'Problems stop approval' });
  await expect(dialog.getByRole('list', { name: 'Blocking problems' })).toContainText('The story has no byline.');
  const approve = dialog.getByRole('button', { name: 'Approve anyway' });
  await expect(approve).toBeDisabled();
  await dialog.getByRole('textbox', { name: 'Reason to approve anyway' }).fill('Byline added by the desk at publication.');
  await approve.click();
  await expect(status).toHaveValue('approved');
  await expect.poll(async () => (await app.readStory('harbour-wall')).statusLog.at(-1)).toMatchObject({
    status: 'approved',
    by: { name: 'Maya Okafor', initials: 'MO' },
    note: 'Byline added by the desk at publication.',
  });
  await expect(versions.first()).toContainText('Status changed');
});

test('minutes of editing keep versions; a comment whose words are deleted stays as orphaned and can be deleted', async ({ app }) => {
  await app.addStory('night-bus', { headline: 'Night bus returns', body: [paragraph('The night bus runs again from Monday.'), paragraph('Fares stay the same.')] });
  await app.launch('?autosaveMs=60000&snapshotMs=1000');
  await app.open('Night bus returns');
  const page = app.page;
  const panels = page.getByRole('toolbar', { name: 'Panels' });

  // Quiet minutes keep nothing; editing keeps a version.
  await panels.getByRole('button', { name: 'Versions', exact: true }).click();
  await page.waitForTimeout(1500);
  await expect(page.getByText('No versions yet.')).toBeVisible();
  await app.typeAtEnd(' Tickets on the bus.');
  const versions = page.getByRole('list', { name: 'Versions' }).getByRole('listitem');
  await expect(versions).toHaveCount(1, { timeout: 8000 });
  await expect(versions.first()).toContainText('While editing');
  expect((await app.readStory('night-bus')).body.length).toBe(2);

  await panels.getByRole('button', { name: 'Review', exact: true }).click();
  await page.getByRole('textbox', { name: 'Your name' }).fill('Rui Costa');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('region', { name: 'You' })).toContainText('Rui Costa');

  await app.body.getByText('Fares stay the same.').click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('ControlOrMeta+Alt+m');
  await page.getByRole('textbox', { name: 'Comment' }).fill('Check the fares.');
  await page.getByRole('button', { name: 'Comment', exact: true }).click();
  const comment = page.getByRole('listitem', { name: 'Comment by Rui Costa' });
  await expect(comment).not.toContainText('Orphaned');

  // Deleting the commented words keeps the comment, marked orphaned.
  await app.body.getByText('Fares stay the same.').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Backspace');
  await expect(app.body.locator('.comment-anchor')).toHaveCount(0);
  await expect(comment).toContainText('Orphaned');
  await expect(comment).toContainText('Fares stay the same.');

  await comment.getByRole('button', { name: 'Delete' }).click();
  await expect(comment).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+s');
  await expect.poll(async () => (await app.readStory('night-bus')).comments).toEqual([]);
});
