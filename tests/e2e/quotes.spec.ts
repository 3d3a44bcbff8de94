import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Article } from '../../shared/model/article';
import type { Inline } from '../../shared/model/body';
import { createArticle } from '../../shared/model/factory';
import { parsePlainTextStory } from '../../shared/model/import-text';
import { bodyText } from '../../shared/model/text';
import { expect, test, type CopydeskApp } from './app';

const SAMPLE = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'seeds', 'sample-wire-story.txt');

type QuoteInline = Extract<Inline, { type: 'quote' }>;

/** Every quote inline of a saved story. */
function quoteInlines(article: Article): QuoteInline[] {
  const out: QuoteInline[] = [];
  const walk = (nodes: readonly unknown[]) => {
    for (const node of nodes) {
      if (typeof node !== 'object' || node === null || !('children' in node)) continue;
      if ((node as { type?: string }).type === 'quote') out.push(node as QuoteInline);
      walk((node as { children: unknown[] }).children);
    }
  };
  walk(article.body);
  return out;
}

const plain = (q: QuoteInline) => q.children.map((c) => ('text' in c ? c.text : '')).join('');

/** The Quotes panel of the app. */
class QuotesPanelPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByRole('complementary', { name: 'Quotes' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('toolbar', { name: 'Panels' }).getByRole('button', { name: 'Quotes' }).click();
    await expect(this.root).toBeVisible();
  }

  section(name: string): Locator {
    return this.root.getByRole('region', { name, exact: true });
  }

  get suggestions(): Locator {
    return this.section('Suggested quotes').getByRole('listitem');
  }

  speaker(name: string): Locator {
    return this.section('Speakers').getByRole('region', { name, exact: true });
  }
}

async function importSample(app: CopydeskApp): Promise<Article> {
  const imported = parsePlainTextStory(await readFile(SAMPLE, 'utf8'));
  const article = createArticle(imported);
  await app.writeStory('wire', article);
  return article;
}

async function save(app: CopydeskApp): Promise<void> {
  await app.page.keyboard.press('ControlOrMeta+s');
  await expect(app.saveState).toHaveText(/^Saved \d/);
}

/** Selects `words` in the body the way a mouse drag would. */
async function selectWords(app: CopydeskApp, words: string): Promise<void> {
  await app.body.focus();
  await app.page.waitForTimeout(150);
  await app.body.evaluate((el, wanted) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + wanted.length);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in the body`);
  }, words);
  // The editor takes up the page's selection on its next turn.
  await expect.poll(() => app.page.evaluate(() => window.getSelection()?.toString())).toBe(words);
  await app.page.waitForTimeout(150);
}

test('the sample wire story: suggestions accepted, grouped by speaker, a speaker removed, a quote tagged by hand', async ({ app }) => {
  const original = await importSample(app);
  await app.launch();
  await app.open(original.metadata.headline);
  const panel = new QuotesPanelPage(app.page);
  await panel.open();

  // Seven direct quotes suggested: four for Blinken, three for Truss; underlined in the body.
  await expect(panel.suggestions).toHaveCount(7);
  await expect(panel.suggestions.filter({ hasText: 'Antony Blinken' })).toHaveCount(4);
  await expect(panel.suggestions.filter({ hasText: 'Liz Truss' })).toHaveCount(3);
  await expect(panel.suggestions.first()).toContainText('cue');
  await expect(panel.suggestions.first()).toContainText('mention');
  await expect(app.body.locator('[data-suggestion="direct"]').first()).toBeVisible();
  // Reported speech is listed on its own.
  await expect(panel.section('Reported speech').getByRole('listitem').filter({ hasText: 'America entering' })).toContainText('Antony Blinken');

  await panel.section('Suggested quotes').getByRole('button', { name: 'Accept all' }).click();
  await expect(panel.suggestions).toHaveCount(0);
  await expect(panel.speaker('Antony Blinken')).toContainText('4 quotes');
  await expect(panel.speaker('Liz Truss')).toContainText('3 quotes');
  await expect(app.body.getByRole('button', { name: 'Quote by Antony Blinken: change tag' })).toHaveCount(4);
  await save(app);
  await app.page.screenshot({ path: '/tmp/quotes.png' });

  let saved = await app.readStory('wire');
  expect(saved.speakers.map((s) => s.fullName).sort()).toEqual(['Antony Blinken', 'Liz Truss']);
  const blinken = saved.speakers.find((s) => s.fullName === 'Antony Blinken')!;
  const truss = saved.speakers.find((s) => s.fullName === 'Liz Truss')!;
  expect(truss.pronoun).toBe('she');
  let quotes = quoteInlines(saved);
  expect(quotes).toHaveLength(7);
  expect(quotes.filter((q) => q.speakerId === blinken.id)).toHaveLength(4);
  expect(quotes.filter((q) => q.speakerId === truss.id)).toHaveLength(3);
  for (const q of quotes) expect(q.taggedText).toBe(plain(q));
  expect(bodyText(saved)).toBe(bodyText(original));

  // Removing Truss untags her quotes; the words stay, and the text suggests them again.
  await panel.speaker('Liz Truss').getByRole('button', { name: 'Remove' }).click();
  await panel.speaker('Liz Truss').getByRole('button', { name: 'Remove speaker' }).click();
  await expect(panel.speaker('Liz Truss')).toHaveCount(0);
  await expect(panel.suggestions.filter({ hasText: 'Liz Truss' })).toHaveCount(3);
  await save(app);
  saved = await app.readStory('wire');
  expect(saved.speakers.map((s) => s.fullName)).toEqual(['Antony Blinken']);
  quotes = quoteInlines(saved);
  expect(quotes).toHaveLength(4);
  expect(quotes.every((q) => q.speakerId === blinken.id)).toBe(true);
  expect(bodyText(saved)).toBe(bodyText(original));

  // Tag words by hand: shortcut, then type-ahead in the cast.
  await selectWords(app, 'without justification');
  await app.page.keyboard.press('ControlOrMeta+Shift+Q');
  const picker = app.page.getByRole('dialog', { name: 'Tag quote' });
  await expect(picker).toBeVisible();
  await picker.getByRole('combobox', { name: 'Speaker' }).fill('blin');
  await expect(picker.getByRole('option')).toHaveCount(1);
  await picker.getByRole('combobox', { name: 'Speaker' }).press('Enter');
  await expect(picker).toHaveCount(0);
  await expect(panel.speaker('Antony Blinken')).toContainText('5 quotes');

  // The toolbar button tags a selection to a new speaker typed in; the badge changes the tag.
  await selectWords(app, 'We must ensure');
  await app.editor.button('Tag quote').click();
  await picker.getByRole('combobox', { name: 'Speaker' }).fill('Elizabeth Truss');
  await picker.getByRole('option', { name: 'Add “Elizabeth Truss” as speaker' }).click();
  await expect(panel.speaker('Elizabeth Truss')).toContainText('1 quote');
  await app.body.getByRole('button', { name: 'Quote by Elizabeth Truss: change tag' }).click();
  const change = app.page.getByRole('dialog', { name: 'Change quote tag' });
  await change.getByRole('button', { name: 'Remove tag' }).click();
  await expect(panel.speaker('Elizabeth Truss')).toContainText('0 quotes');
  await save(app);

  saved = await app.readStory('wire');
  quotes = quoteInlines(saved);
  expect(quotes.find((q) => plain(q) === 'without justification')?.speakerId).toBe(blinken.id);
  expect(quotes.find((q) => plain(q).startsWith('We must ensure'))).toBeUndefined();
  expect(saved.speakers.find((s) => s.fullName === 'Elizabeth Truss')?.shortName).toBe('Truss');
  expect(bodyText(saved)).toBe(bodyText(original));
});

test('a dismissed suggestion stays dismissed; one accepted adds its speaker', async ({ app }) => {
  const original = await importSample(app);
  await app.launch();
  await app.open(original.metadata.headline);
  const panel = new QuotesPanelPage(app.page);
  await panel.open();
  await expect(panel.suggestions).toHaveCount(7);
  await panel.suggestions.filter({ hasText: 'Liz Truss' }).first().getByRole('button', { name: 'Dismiss' }).click();
  await expect(panel.suggestions).toHaveCount(6);
  await panel.suggestions.first().getByRole('button', { name: 'Accept' }).click();
  await expect(panel.speaker('Antony Blinken')).toContainText('1 quote');
  await expect(panel.suggestions).toHaveCount(5);
  // Typing elsewhere finds the quotes again; the dismissed one stays away.
  await app.body.getByText('Liz Truss', { exact: false }).first().click();
  await app.page.keyboard.press('End');
  await app.page.keyboard.type(' More.');
  await expect(panel.suggestions).toHaveCount(5);
  await expect(panel.suggestions.filter({ hasText: 'Liz Truss' })).toHaveCount(2);
});

test('in an Arabic story the badge sits at the quote’s end on the left and the panel lists the quote', async ({ app }) => {
  const speaker = { id: 'sp1', fullName: 'سامي خليل', shortName: 'خليل', role: 'وزير', organisation: '', pronoun: 'he' as const };
  const article = createArticle({
    headline: 'افتتاح الميناء',
    language: 'ar',
    direction: 'rtl',
    body: [
      {
        type: 'paragraph',
        children: [
          { text: 'قال سامي خليل: «' },
          { type: 'quote', quoteId: 'q1', speakerId: 'sp1', taggedText: 'سننهي العمل قريبا جدا', children: [{ text: 'سننهي العمل قريبا جدا' }] },
          { text: '» ثم غادر.' },
        ],
      },
    ],
  });
  await app.writeStory('arabic', { ...article, speakers: [speaker] });
  await app.launch();
  await app.open('افتتاح الميناء');
  const badge = app.body.getByRole('button', { name: 'Quote by سامي خليل: change tag' });
  await expect(badge).toHaveText('خليل');
  const words = app.body.getByText('سننهي العمل قريبا جدا');
  const [b, w] = [await badge.boundingBox(), await words.boundingBox()];
  expect(b!.x + b!.width).toBeLessThanOrEqual(w!.x + 2);

  const panel = new QuotesPanelPage(app.page);
  await panel.open();
  await expect(panel.speaker('سامي خليل')).toContainText('1 quote');
  await panel.speaker('سامي خليل').getByRole('button', { name: /سننهي/ }).click();
  // The editor puts the selection into the page on its next render.
  await expect.poll(() => app.page.evaluate(() => window.getSelection()?.toString())).toBe('سننهي العمل قريبا جدا');
});
