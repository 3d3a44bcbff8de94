import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Editor, Transforms } from 'slate';
import { bodySchema, type Block, type Inline } from '../../../../shared/model/body';
import { blockText } from '../../../../shared/model/text';
import { createStoryEditor } from '../../../../renderer/editor/create-editor';
import { htmlToBlocks } from '../../../../renderer/editor/paste/html-to-blocks';
import { readSlateFragment } from '../../../../renderer/editor/paste/slate-fragment';
import { textToBlocks } from '../../../../renderer/editor/paste/text-to-blocks';

const fixtures = resolve(import.meta.dirname, '..', '..', '..', 'fixtures', 'paste');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const hostile = readdirSync(fixtures).filter((name) => name.startsWith('hostile-'));

/** Every text run of a block list with its marks and link, flattened. */
function runs(blocks: Block[]): { text: string; bold?: true; italic?: true; strikethrough?: true; url?: string }[] {
  const out: { text: string; bold?: true; italic?: true; strikethrough?: true; url?: string }[] = [];
  const visit = (node: Inline | Block, url?: string) => {
    if ('text' in node) {
      if (node.text !== '') out.push(url === undefined ? { ...node } : { ...node, url });
      return;
    }
    for (const child of node.children as (Inline | Block)[]) visit(child, node.type === 'link' ? node.url : url);
  };
  blocks.forEach((b) => visit(b));
  return out;
}

const run = (blocks: Block[], text: string) => runs(blocks).find((r) => r.text.includes(text));
const texts = (blocks: Block[]) => blocks.map((b) => ({ type: b.type, text: blockText(b) }));

function expectValid(blocks: Block[]) {
  const parsed = bodySchema.safeParse(blocks);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
}

describe('paste from Word', () => {
  const blocks = htmlToBlocks(fixture('word.html'));

  it('gives valid blocks in reading order, without Word’s empty spacer paragraphs or list markers', () => {
    expectValid(blocks);
    expect(texts(blocks)).toEqual([
      { type: 'heading', text: 'Council approves harbour budget' },
      {
        type: 'paragraph',
        text: 'The council voted seven to two on Tuesday to fund the new pontoon, said the meeting minutes.',
      },
      { type: 'bulleted-list', text: 'Repairs to the slipway\nA second ticket office\nNight lighting' },
      { type: 'heading', text: 'What happens next' },
      { type: 'numbered-list', text: 'Tenders open in May\nWork starts in June July' },
      { type: 'paragraph', text: '“We have waited long enough,” the harbour master said.' },
    ]);
  });

  it('keeps headings, bold, italic, strikethrough and links', () => {
    expect(blocks.filter((b) => b.type === 'heading').map((b) => (b as { level: number }).level)).toEqual([2, 2]);
    expect(run(blocks, 'seven to two')).toMatchObject({ bold: true });
    expect(run(blocks, 'new pontoon')).toMatchObject({ italic: true });
    expect(run(blocks, 'ticket')).toMatchObject({ bold: true });
    expect(run(blocks, 'June')).toMatchObject({ strikethrough: true });
    expect(run(blocks, 'meeting minutes')).toMatchObject({ url: 'https://example.org/minutes' });
    expect(run(blocks, 'The council voted')?.bold).toBeUndefined();
  });
});

describe('paste from Google Docs', () => {
  const blocks = htmlToBlocks(fixture('google-docs.html'));

  it('does not bold everything because of the docs-internal-guid wrapper', () => {
    expectValid(blocks);
    expect(run(blocks, 'The first boat leaves at')?.bold).toBeUndefined();
    expect(run(blocks, 'Night ferry timetable')?.bold).toBeUndefined();
  });

  it('treats the wrapper as plain even without its style, while a real <b> still bolds', () => {
    const blocks = htmlToBlocks('<b id="docs-internal-guid-1"><p>plain <b>strong</b></p></b>');
    expect(runs(blocks)).toEqual([{ text: 'plain ' }, { text: 'strong', bold: true }]);
  });

  it('reads bold, italic and strikethrough from inline styles, and keeps the structure', () => {
    expect(run(blocks, 'half past five')).toMatchObject({ bold: true });
    expect(run(blocks, 'confirmed')).toMatchObject({ italic: true });
    expect(run(blocks, '£4')).toMatchObject({ strikethrough: true });
    expect(run(blocks, 'web site')).toMatchObject({ url: 'https://example.com/timetable' });
    expect(run(blocks, 'Sundays')).toMatchObject({ bold: true });
    expect(texts(blocks)).toEqual([
      { type: 'heading', text: 'Night ferry timetable' },
      { type: 'paragraph', text: 'The first boat leaves at half past five, the operator confirmed on its web site. The old fare was £4.' },
      { type: 'bulleted-list', text: 'Weekdays every hour\nSundays every two hours' },
      { type: 'numbered-list', text: 'Buy a ticket\nBoard at pier two' },
    ]);
  });
});

describe('paste from a web page', () => {
  const blocks = htmlToBlocks(fixture('web-page.html'));

  it('maps headings, nested lists, quotes and tables onto our blocks', () => {
    expectValid(blocks);
    expect(texts(blocks)).toEqual([
      { type: 'heading', text: 'Lighthouse reopens to visitors' },
      { type: 'paragraph', text: 'After three years of work, the lighthouse on the north mole is open again.' },
      { type: 'paragraph', text: 'The lighthouse at dusk.' },
      { type: 'heading', text: 'Opening hours' },
      { type: 'bulleted-list', text: 'Saturdays\n10:00 to 16:00\nSundays, by booking' },
      { type: 'block-quote', text: 'It is the oldest working light on this coast.' },
      { type: 'block-quote', text: 'We are proud to open it.' },
      { type: 'paragraph', text: 'Adults' },
      { type: 'paragraph', text: '£5' },
      { type: 'paragraph', text: 'Children' },
      { type: 'paragraph', text: 'free' },
      { type: 'paragraph', text: 'Read more at our archive and the history page.' },
      { type: 'divider', text: '' },
      { type: 'paragraph', text: 'Line one' },
      { type: 'paragraph', text: 'Line two' },
    ]);
    expect((blocks[3] as { level: number }).level).toBe(3);
  });

  it('keeps http, https and mailto links and turns a relative one into text', () => {
    expect(run(blocks, 'booking')).toMatchObject({ url: 'mailto:visits@example.org' });
    expect(run(blocks, 'the history page')).toMatchObject({ url: 'https://example.org/history' });
    expect(run(blocks, 'our archive')?.url).toBeUndefined();
    expect(JSON.stringify(blocks)).not.toMatch(/cdn\.example\.net|img|target|noopener/);
  });
});

describe('hostile HTML', () => {
  const SCRIPT_BEARING = /javascript:|vbscript:|data:text\/html|\bon[a-z]+\s*=|<script|<iframe|<svg|<style|<img|srcdoc|__pwned/i;

  it.each(hostile)('%s gives valid blocks that carry no script-bearing content', (name) => {
    const blocks = htmlToBlocks(fixture(name));
    expectValid(blocks);
    expect(JSON.stringify(blocks)).not.toMatch(SCRIPT_BEARING);
  });

  it('runs nothing while it is read', async () => {
    const w = window as unknown as { __pwned?: unknown };
    delete w.__pwned;
    for (const name of hostile) htmlToBlocks(fixture(name));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(w.__pwned).toBeUndefined();
  });

  it('keeps the text around hostile parts, and hostile links as plain text', () => {
    expect(texts(htmlToBlocks(fixture('hostile-img-onerror.html')))).toEqual([
      { type: 'paragraph', text: 'Beforeafter.' },
      { type: 'paragraph', text: 'Caption text' },
    ]);
    const links = htmlToBlocks(fixture('hostile-links.html'));
    const linked = runs(links).filter((r) => r.url !== undefined);
    expect(linked).toEqual([{ text: 'safe link', url: 'https://example.com/safe' }]);
    expect(blockText(links[0]!)).toContain('plain js · mixed case · tab · entity · leading space · data url · vbscript');
    expect(texts(htmlToBlocks(fixture('hostile-style.html')))).toEqual([
      { type: 'paragraph', text: 'Styled paragraph' },
      { type: 'paragraph', text: 'Second paragraph' },
    ]);
    expect(texts(htmlToBlocks(fixture('hostile-iframe.html')))).toEqual([
      { type: 'paragraph', text: 'Watch:' },
      { type: 'paragraph', text: 'After the frames.' },
    ]);
  });
});

describe('plain text paste', () => {
  it('splits paragraphs on blank lines and joins wrapped lines with a space', () => {
    const text = 'The ferry returned on Monday\nafter two years of repairs.\r\n\r\nCrowds lined the quay.\n  \n\nTickets are free.\n';
    expect(texts(textToBlocks(text))).toEqual([
      { type: 'paragraph', text: 'The ferry returned on Monday after two years of repairs.' },
      { type: 'paragraph', text: 'Crowds lined the quay.' },
      { type: 'paragraph', text: 'Tickets are free.' },
    ]);
  });

  it('keeps the outer spaces of a few words pasted mid-sentence, and drops control characters', () => {
    expect(textToBlocks(' on the quay ')).toEqual([{ type: 'paragraph', children: [{ text: ' on the quay ' }] }]);
    expect(textToBlocks('bell\u0007 rang')).toEqual([{ type: 'paragraph', children: [{ text: 'bell rang' }] }]);
    expect(textToBlocks('\n\n')).toEqual([]);
  });
});

function clipboard(items: Record<string, string>): DataTransfer {
  return { getData: (type: string) => items[type] ?? '', types: Object.keys(items), files: [] } as unknown as DataTransfer;
}

describe('a fragment copied from a story', () => {
  const encode = (value: unknown) => window.btoa(encodeURIComponent(JSON.stringify(value)));

  it('is taken when it fits the file schema, and refused when it smuggles a javascript: link', () => {
    const good = [{ type: 'paragraph', children: [{ text: 'Copied ' }, { type: 'link', url: 'https://example.com', children: [{ text: 'here' }] }, { text: '' }] }];
    expect(readSlateFragment(clipboard({ 'application/x-slate-fragment': encode(good) }))).toEqual(good);
    const forged = [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ text: 'x' }] }] }];
    expect(readSlateFragment(clipboard({ 'application/x-slate-fragment': encode(forged) }))).toBeNull();
    expect(readSlateFragment(clipboard({ 'application/x-slate-fragment': 'not base64 %%%' }))).toBeNull();
  });
});

describe('pasting into the editor', () => {
  function editorWith(text: string) {
    const editor = createStoryEditor();
    editor.children = [{ type: 'paragraph', children: [{ text }] }];
    Editor.normalize(editor, { force: true });
    Transforms.select(editor, Editor.end(editor, []));
    return editor;
  }

  it('puts Word HTML in as our blocks at the caret, valid for the file, and one undo takes it out', () => {
    const editor = editorWith('Intro: ');
    editor.insertData(clipboard({ 'text/html': fixture('word.html'), 'text/plain': 'ignored when there is HTML' }));
    const body = editor.children as Block[];
    expectValid(body);
    expect(blockText(body[0]!)).toBe('Intro: Council approves harbour budget');
    expect(body.some((b) => b.type === 'bulleted-list')).toBe(true);
    expect(JSON.stringify(body)).not.toContain('ignored when there is HTML');
    editor.undo();
    expect(editor.children).toEqual([{ type: 'paragraph', children: [{ text: 'Intro: ' }] }]);
  });

  it('puts hostile HTML in as text only', () => {
    const editor = editorWith('');
    editor.insertData(clipboard({ 'text/html': fixture('hostile-mixed.html') }));
    expectValid(editor.children as Block[]);
    expect(JSON.stringify(editor.children)).not.toMatch(/onerror|onclick|javascript:|<script/i);
    expect((editor.children as Block[]).map(blockText).join(' ')).toContain('Outro');
  });

  it('falls back to the plain text when the HTML holds no text', () => {
    const editor = editorWith('');
    editor.insertData(clipboard({ 'text/html': '<img src="x">', 'text/plain': 'First.\n\nSecond.' }));
    expect((editor.children as Block[]).map(blockText)).toEqual(['First.', 'Second.']);
  });
});
