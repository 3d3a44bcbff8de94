import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../shared/render/markdown';
import { blankArticle, fixture } from './helpers';

describe('Markdown export', () => {
  const md = renderMarkdown(fixture('feature'));

  it('starts with front matter, then the headline, standfirst, byline and dateline', () => {
    expect(md.startsWith("---\ntitle: 'River towns agree a shared flood plan after a wet winter'\n")).toBe(true);
    expect(md).toContain("\nsection: 'Environment'\n");
    expect(md).toContain('\n# River towns agree a shared flood plan after a wet winter\n\n*Councils along the Wend');
    expect(md).toContain('\nAda Okafor, Environment correspondent and Tom Reyes\n');
    expect(md).toContain('\nMillbrook — 14 March 2025\n');
  });

  it('writes the body with marks, lists, quotes with their speaker, images, links and dividers', () => {
    expect(md).toContain('after **three** floods in *one* winter.');
    expect(md).toContain('- Shared pumps');
    expect(md).toContain('2. Fit [river gauges](<https://example.org/gauges>) upstream');
    expect(md).toContain('> The river has not changed. What changed is how fast the water reaches it.\n>\n> — Omar Haddad, Hydrologist');
    expect(md).toContain('![The river Wend over its banks at dawn](<assets/wend-at-dawn.jpg>)\n*The Wend near Millbrook in January.* (Photo: J. Park)');
    expect(md).toContain('~~the old estimate~~');
    expect(md).toContain('Line one\\\nline two.');
    expect(md).toContain('\n---\n\n[Council briefing on the flood plan](<https://video.example.org/watch/flood-briefing>)');
    expect(md).toContain('**Read also**\n\n- [Last winter’s floods in pictures](<https://example.org/floods-pictures>)');
  });

  it('escapes text so it never turns into markup', () => {
    const a = blankArticle();
    a.body = [
      { type: 'paragraph', children: [{ text: '# not a heading *not emphasis* [not](a link) <b>not html</b> &amp;' }] },
      { type: 'paragraph', children: [{ text: '1. not a list' }] },
      { type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ text: 'bad' }] }] },
    ];
    const out = renderMarkdown(a);
    expect(out).toContain('\\# not a heading \\*not emphasis\\* \\[not\\](a link) \\<b\\>not html\\</b\\> \\&amp;');
    expect(out).toContain('\n1\\. not a list');
    expect(out).not.toContain('javascript:');
  });
});
