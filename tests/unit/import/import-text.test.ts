import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../shared/model/article';
import type { Block } from '../../../shared/model/body';
import { createArticle } from '../../../shared/model/factory';
import { parsePlainTextStory } from '../../../shared/model/import-text';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');

function paragraphs(body: Block[]): string[] {
  return body.flatMap((b) => (b.type === 'paragraph' ? [b.children.map((c) => ('text' in c ? c.text : '')).join('')] : []));
}

describe('parsePlainTextStory', () => {
  it('reads section, headline once, paragraphs and a closing related-links line (Arabic)', () => {
    const story = parsePlainTextStory(fixture('wire-arabic.txt'));
    expect(story.section).toBe('اقتصاد');
    expect(story.headline).toBe('ارتفاع أسعار القمح في الأسواق العالمية');
    expect(story.language).toBe('ar');
    expect(story.direction).toBe('rtl');
    expect(paragraphs(story.body)).toHaveLength(2);
    expect(paragraphs(story.body).join(' ')).not.toContain(story.headline);
    expect(story.body.at(-1)).toEqual({ type: 'related-links', title: 'اقرأ أيضاً', items: [], children: [{ text: '' }] });
  });

  it('joins hard-wrapped lines and turns link lines after "Read also" into related links', () => {
    const story = parsePlainTextStory(fixture('wire-with-links.txt'));
    expect(story.section).toBe('Science');
    expect(story.headline).toBe('Comet Visible to the Naked Eye This Week');
    const texts = paragraphs(story.body);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain('telescope from dark places');
    expect(story.body.at(-1)).toMatchObject({
      type: 'related-links',
      title: 'Read also:',
      items: [
        { title: 'Planet parade', url: 'https://example.org/planets' },
        { title: 'https://example.org/meteor-showers', url: 'https://example.org/meteor-showers' },
      ],
    });
    expect(story.language).toBe('en');
  });

  it('does not take a headline for a section when no short line precedes it', () => {
    const story = parsePlainTextStory('Council Approves New Bridge\n\nThe council voted 7 to 2.\n\nWork starts in May.\n');
    expect(story.section).toBe('');
    expect(story.headline).toBe('Council Approves New Bridge');
    expect(paragraphs(story.body)).toEqual(['The council voted 7 to 2.', 'Work starts in May.']);
  });

  it('keeps one paragraph per line when the text has no blank lines, and accepts CRLF and a BOM', () => {
    const story = parsePlainTextStory('\uFEFFSport\r\nLocal Team Wins Cup\r\nThe final ended 2-1.\r\nFans celebrated late.\r\n');
    expect(story.section).toBe('Sport');
    expect(story.headline).toBe('Local Team Wins Cup');
    expect(paragraphs(story.body)).toEqual(['The final ended 2-1.', 'Fans celebrated late.']);
  });

  it('leaves a related-sounding line in the middle of the story as body text', () => {
    const story = parsePlainTextStory('Storm Hits Coast\n\nRead more\n\nThe storm closed roads on Monday.\n');
    expect(story.body.some((b) => b.type === 'related-links')).toBe(false);
    expect(paragraphs(story.body)).toEqual(['Read more', 'The storm closed roads on Monday.']);
  });

  it('detects Hebrew as right-to-left', () => {
    const story = parsePlainTextStory('חדשות\n\nגשם כבד בצפון\n\nגשם כבד ירד הלילה בצפון הארץ.\n\nקראו גם\n');
    expect([story.language, story.direction]).toEqual(['he', 'rtl']);
    expect(story.body.at(-1)?.type).toBe('related-links');
  });

  it('yields stories that pass the article schema', () => {
    for (const name of ['wire-arabic.txt', 'wire-with-links.txt']) {
      const story = parsePlainTextStory(fixture(name));
      expect(articleSchema.safeParse(createArticle(story)).success).toBe(true);
    }
  });
});
