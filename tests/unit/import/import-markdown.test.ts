import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../shared/model/article';
import type { Block, Inline } from '../../../shared/model/body';
import { createArticle } from '../../../shared/model/factory';
import { parseInlineMarkdown } from '../../../shared/model/import-markdown-inline';
import { parseMarkdownStory } from '../../../shared/model/import-markdown';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');

function text(nodes: readonly Inline[]): string {
  return nodes.map((n) => ('children' in n ? text(n.children) : n.text)).join('');
}

function links(blocks: readonly Block[]): string[] {
  const found: string[] = [];
  const visit = (node: unknown) => {
    if (node && typeof node === 'object') {
      if ((node as { type?: string }).type === 'link') found.push((node as { url: string }).url);
      for (const value of Object.values(node)) visit(value);
    }
  };
  visit(blocks);
  return found;
}

describe('parseMarkdownStory', () => {
  const story = parseMarkdownStory(fixture('feature-story.md'));

  it('takes "# " as the headline and keeps the block structure', () => {
    expect(story.headline).toBe('Harbour Reopens After Storm');
    expect(story.body.map((b) => b.type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'heading',
      'bulleted-list',
      'numbered-list',
      'block-quote',
      'divider',
      'paragraph',
      'related-links',
    ]);
    const headings = story.body.filter((b) => b.type === 'heading');
    expect(headings.map((h) => [h.level, text(h.children)])).toEqual([
      [2, 'What changed'],
      [3, 'Timetable'],
    ]);
  });

  it('reads lists, quotes and marks', () => {
    const list = story.body.find((b) => b.type === 'bulleted-list');
    expect(list?.type === 'bulleted-list' && list.children.map((item) => text(item.children))).toEqual([
      'Morning ferry at 7:00',
      'Evening ferry at 19:30',
      'Night crossing suspended',
    ]);
    const numbered = story.body.find((b) => b.type === 'numbered-list');
    expect(numbered?.children).toHaveLength(2);
    const first = story.body[0];
    expect(first?.type === 'paragraph' && first.children).toEqual([
      { text: 'The harbour reopened on ' },
      { text: 'Tuesday', bold: true },
      { text: ' after ' },
      { text: 'three days', italic: true },
      { text: ' of repairs, the port authority said. Ferries run on a ' },
      { text: 'normal', strikethrough: true },
      { text: ' reduced timetable.' },
    ]);
  });

  it('keeps only http, https and mailto links; others become plain text', () => {
    expect(links(story.body)).toEqual([
      'https://port.example/channel',
      'mailto:desk@port.example',
      'https://port.example/notice',
    ]);
    const paragraph = story.body[2];
    expect(paragraph && 'children' in paragraph && text(paragraph.children as Inline[])).toContain(
      'A local file and a script stay plain text.',
    );
  });

  it('turns a closing "Related stories" list of links into a related-links block', () => {
    expect(story.body.at(-1)).toEqual({
      type: 'related-links',
      title: 'Related stories',
      items: [
        { title: 'Storm damage in pictures', url: 'https://port.example/pictures' },
        { title: 'Ferry operators count the cost', url: 'https://port.example/cost' },
      ],
      children: [{ text: '' }],
    });
  });

  it('reads front matter', () => {
    const fm = parseMarkdownStory(fixture('front-matter.md'));
    expect([fm.headline, fm.section, fm.language]).toEqual(['Night Market Returns', 'Local', 'en']);
    expect(fm.body).toHaveLength(1);
  });

  it('marks Arabic Markdown right-to-left', () => {
    const ar = parseMarkdownStory('# افتتاح المكتبة\n\nافتتحت المكتبة **الجديدة** أبوابها اليوم.\n');
    expect([ar.headline, ar.language, ar.direction]).toEqual(['افتتاح المكتبة', 'ar', 'rtl']);
  });

  it('yields stories that pass the article schema', () => {
    for (const s of [story, parseMarkdownStory(fixture('front-matter.md')), parseMarkdownStory('')]) {
      expect(articleSchema.safeParse(createArticle(s)).success).toBe(true);
    }
  });
});

describe('parseInlineMarkdown', () => {
  it('nests marks and leaves intraword underscores and escapes alone', () => {
    expect(parseInlineMarkdown('***both*** and **bold _inner_**')).toEqual([
      { text: 'both', italic: true, bold: true },
      { text: ' and ' },
      { text: 'bold ', bold: true },
      { text: 'inner', bold: true, italic: true },
    ]);
    expect(parseInlineMarkdown('snake_case_name and \\*not italic\\* and `a *code* span`')).toEqual([
      { text: 'snake_case_name and *not italic* and a *code* span' },
    ]);
  });

  it('puts empty text around links, as the editor expects', () => {
    expect(parseInlineMarkdown('[a](https://x.example/)')).toEqual([
      { text: '' },
      { type: 'link', url: 'https://x.example/', children: [{ text: 'a' }] },
      { text: '' },
    ]);
  });

  // A parser that backtracked over these would run past the test's time limit.
  it('keeps every character of a long run of unmatched delimiters', () => {
    const src = '*a _b '.repeat(3000);
    expect(text(parseInlineMarkdown(src))).toBe(src);
  });
});
