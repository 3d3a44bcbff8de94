import type { Locator } from '@playwright/test';
import { expect, paragraph, test } from './app';

/** Horizontal centre of the first occurrence of `text` inside `scope`, as laid out on screen. */
async function xOf(scope: Locator, text: string): Promise<number> {
  return scope.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const box = range.getBoundingClientRect();
      return box.left + box.width / 2;
    }
    throw new Error(`"${wanted}" is not on the page`);
  }, text);
}

test('an Arabic story renders right to left, and a mixed English/Arabic line stays readable', async ({ app }) => {
  const headline = 'عودة العبّارة إلى الميناء';
  await app.addStory('arabic-ferry', {
    headline,
    language: 'ar',
    direction: 'rtl',
    body: [
      paragraph('قال المتحدث إن شركة Harbour Lines ستشغّل الخط يوميًا.'),
      paragraph('The operator said: service resumes Monday.'),
    ],
  });
  await app.launch();
  await app.open(headline);

  for (const el of [app.body, app.headline, app.field('Standfirst'), app.field('Social headline'), app.field('Dateline place')]) {
    expect(await el.evaluate((node) => getComputedStyle(node).direction)).toBe('rtl');
  }
  const [arabic, english] = [app.body.locator('p').nth(0), app.body.locator('p').nth(1)];
  expect(await arabic.evaluate((node) => getComputedStyle(node).unicodeBidi)).toBe('plaintext');

  // The Arabic line reads right to left, with the English name kept whole and in order inside it.
  expect(await xOf(arabic, 'قال')).toBeGreaterThan(await xOf(arabic, 'Harbour'));
  expect(await xOf(arabic, 'Harbour')).toBeLessThan(await xOf(arabic, 'Lines'));
  // The English line in the Arabic story reads left to right, its full stop at its end.
  expect(await xOf(english, 'The')).toBeLessThan(await xOf(english, 'Monday'));
  expect(await xOf(english, 'Monday')).toBeLessThan(await xOf(english, '.'));
});
