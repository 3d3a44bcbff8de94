import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Block } from '../../shared/model/body';
import { makePng } from '../helpers/png';
import { expect, test } from './app';

const text = (t: string) => [{ text: t }];

/** A story body with one block of every kind, in `words` (English or Arabic). */
function everyBlock(words: Record<string, string>): Block[] {
  return [
    { type: 'paragraph', children: [{ text: words.lead! }, { text: words.bold!, bold: true }, { text: '.' }] },
    { type: 'heading', level: 2, children: text(words.subheading!) },
    { type: 'paragraph', children: [{ text: words.para! + ' ' }, { type: 'link', url: 'https://example.com/port', children: text(words.link!) }, { text: '.' }] },
    { type: 'heading', level: 3, children: text(words.minor!) },
    { type: 'bulleted-list', children: [{ type: 'list-item', children: text(words.item1!) }, { type: 'list-item', children: text(words.item2!) }] },
    { type: 'numbered-list', children: [{ type: 'list-item', children: text(words.step1!) }, { type: 'list-item', children: text(words.step2!) }] },
    { type: 'block-quote', children: text(words.quote!) },
    { type: 'pull-quote', children: text(words.pull!) },
    { type: 'image', src: 'assets/quay.png', alt: words.alt!, caption: words.caption!, credit: words.credit!, children: text('') },
    { type: 'divider', children: text('') },
    { type: 'related-links', title: words.related!, items: [{ title: words.rel1!, url: 'https://example.com/timetable' }], children: text('') },
    { type: 'embed', url: 'https://video.example.org/watch?v=42', title: words.embed!, children: text('') },
    { type: 'paragraph', children: text(words.end!) },
  ];
}

const ENGLISH = {
  lead: 'The harbour ferry returned to service on Monday after a two-year repair, ',
  bold: 'with earlier sailings',
  subheading: 'What changes for passengers',
  para: 'The first boat leaves at 06:10. Full details are on the',
  link: 'port website',
  minor: 'Fares',
  item1: 'Single ticket: 3.20',
  item2: 'Monthly pass: 58',
  step1: 'Buy a ticket online',
  step2: 'Show it on board',
  quote: '“We waited two years for this,” said a commuter at the quay.',
  pull: '“The town feels connected again.”',
  alt: 'The ferry moored at the quay at dawn',
  caption: 'The ferry at the quay on Monday morning.',
  credit: 'Port authority',
  related: 'Our readers are reading too',
  rel1: 'New timetable for the winter',
  embed: 'The first sailing, filmed from the quay',
  end: 'The port expects 4,000 passengers a day.',
};

const ARABIC = {
  lead: 'عادت العبّارة إلى العمل صباح الإثنين بعد إصلاح استمر عامين، ',
  bold: 'مع رحلات أبكر',
  subheading: 'ما الذي يتغير للركاب',
  para: 'تغادر أول رحلة في السادسة وعشر دقائق. التفاصيل على',
  link: 'موقع الميناء',
  minor: 'الأسعار',
  item1: 'تذكرة واحدة: ٣٫٢٠',
  item2: 'اشتراك شهري: ٥٨',
  step1: 'اشترِ التذكرة عبر الإنترنت',
  step2: 'اعرضها على متن العبّارة',
  quote: '«انتظرنا عامين من أجل هذا»، قال أحد الركاب على الرصيف.',
  pull: '«تشعر المدينة أنها متصلة من جديد»',
  alt: 'العبّارة راسية عند الرصيف فجراً',
  caption: 'العبّارة عند الرصيف صباح الإثنين.',
  credit: 'هيئة الميناء',
  related: 'اقرأ أيضاً',
  rel1: 'جدول جديد لفصل الشتاء',
  embed: 'أول رحلة مصوّرة من الرصيف',
  end: 'يتوقع الميناء أربعة آلاف راكب يومياً.',
};

for (const [name, words, language, direction] of [
  ['English', ENGLISH, 'en', 'ltr'],
  ['Arabic', ARABIC, 'ar', 'rtl'],
] as const) {
  test(`a story with every block type opens and reads ${direction === 'rtl' ? 'right to left' : 'left to right'} (${name})`, async ({ app }, testInfo) => {
    await mkdir(join(app.root, 'assets'));
    await writeFile(join(app.root, 'assets', 'quay.png'), makePng(640, 300));
    const headline = words.subheading;
    await app.addStory('every-block', { headline, language, direction, body: everyBlock(words) });
    await app.page.setViewportSize({ width: 1280, height: 1500 });
    await app.launch();
    await app.open(headline);

    await expect(app.body).toHaveAttribute('dir', direction);
    await expect(app.editor.voidBlock('Image').locator('img')).toHaveAttribute('src', /^data:image\/png;base64,/);
    await expect(app.editor.voidBlock('Image').getByRole('textbox', { name: 'Caption' })).toHaveValue(words.caption);
    await expect(app.editor.voidBlock('Related links').getByRole('textbox', { name: 'Headline of link 1' })).toHaveValue(words.rel1);
    await expect(app.editor.voidBlock('Embed')).toContainText('video.example.org');
    await expect(app.page.locator('iframe')).toHaveCount(0);

    // Quotes and lists sit on the side the text starts from.
    const pull = app.body.locator('blockquote.pull-quote');
    const side = direction === 'rtl' ? 'borderRightWidth' : 'borderLeftWidth';
    expect(await pull.evaluate((el, prop) => getComputedStyle(el)[prop as 'borderLeftWidth'], side)).toBe('4px');
    const list = app.body.locator('ul').first();
    const [bodyBox, itemBox] = [await app.body.boundingBox(), await list.locator('li').first().boundingBox()];
    if (!bodyBox || !itemBox) throw new Error('no layout');
    if (direction === 'rtl') expect(bodyBox.x + bodyBox.width - (itemBox.x + itemBox.width)).toBeGreaterThan(10);
    else expect(itemBox.x - bodyBox.x).toBeGreaterThan(10);

    await app.body.locator('p').last().click();
    await testInfo.attach(`every-block-${direction}`, { body: await app.page.screenshot({ fullPage: true }), contentType: 'image/png' });
  });
}
