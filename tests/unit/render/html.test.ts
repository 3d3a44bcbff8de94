import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/model/article';
import { pageCsp, renderArticleFragment, renderBodyFragment, renderHtmlPage } from '../../../shared/render/html';
import { pageStyle } from '../../../shared/render/style';
import { blankArticle, fixture, houseStyle, parseHtml, readBack } from './helpers';

const style = houseStyle();

function page(article: Article): Document {
  return parseHtml(renderHtmlPage(article, { style }));
}

function withBody(body: Article['body']): Article {
  const a = blankArticle();
  a.body = body;
  return a;
}

describe('HTML page', () => {
  const feature = fixture('feature');
  const doc = page(feature);

  it('is an <article> with the story language and direction, header first', () => {
    const article = doc.querySelector('main > article')!;
    expect(article.getAttribute('lang')).toBe('en');
    expect(article.getAttribute('dir')).toBe('ltr');
    const header = article.querySelector(':scope > header')!;
    expect(header.querySelector('.kicker')?.textContent).toBe(feature.metadata.section);
    expect(header.querySelector('h1')?.textContent).toBe(feature.metadata.headline);
    expect(header.querySelector('.standfirst')?.textContent).toBe(feature.metadata.standfirst);
    expect([...header.querySelectorAll('.author-name')].map((e) => e.textContent)).toEqual(['Ada Okafor', 'Tom Reyes']);
    expect(header.querySelector('time')?.getAttribute('datetime')).toBe('2025-03-14');
    expect(header.querySelector('time')?.textContent).toBe('14 March 2025');
    expect(header.querySelector('.dateline')?.textContent).toBe('Millbrook');
    expect(doc.querySelectorAll('h1')).toHaveLength(1);

    const arabic = page(fixture('arabic'));
    expect(arabic.documentElement.getAttribute('dir')).toBe('rtl');
    expect(arabic.querySelector('article')?.getAttribute('lang')).toBe('ar');
    expect(arabic.querySelector('time')?.textContent).toBe('2025-03-14');
    // A numeric date keeps its order inside a right-to-left line; names and titles take the Arabic comma.
    expect(arabic.querySelector('time')?.getAttribute('dir')).toBe('ltr');
    expect(arabic.querySelector('figcaption')?.textContent).toBe('— كريم عادل، محلل');
  });

  it('writes block quotes as figure > blockquote + figcaption with the speaker outside the quote', () => {
    const figure = doc.querySelector('figure.block-quote')!;
    const blockquote = figure.querySelector(':scope > blockquote')!;
    expect(blockquote.textContent).toContain('The river has not changed');
    expect(blockquote.textContent).not.toContain('Omar Haddad');
    expect(blockquote.getAttribute('data-speaker')).toBe('sp-omar');
    expect(figure.querySelector(':scope > figcaption')?.textContent).toBe('— Omar Haddad, Hydrologist');
    expect(doc.querySelector('figure.pull-quote figcaption')?.textContent).toBe('— Lena Marsh, Mayor, Millbrook Council');
  });

  it('tags inline quotes with <q>, the speaker id and a link to the speaker in the JSON-LD', () => {
    const q = doc.querySelector('q')!;
    expect(q.textContent).toBe('We cannot face another winter alone');
    expect(q.getAttribute('data-speaker')).toBe('sp-lena');
    expect(q.getAttribute('cite')).toBe('#speaker-sp-lena');
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent);
    const quotations = ld.hasPart.filter((p: { '@type': string }) => p['@type'] === 'Quotation');
    expect(quotations.map((p: { text: string }) => p.text)).toEqual([
      'We cannot face another winter alone',
      'The river has not changed. What changed is how fast the water reaches it.',
      'We cannot face another winter alone',
    ]);
    expect(quotations[0].creator).toMatchObject({ '@type': 'Person', '@id': '#speaker-sp-lena', name: 'Lena Marsh', jobTitle: 'Mayor' });
  });

  it('writes images, related links and embeds as figure, aside and a plain link card', () => {
    const image = doc.querySelector('figure.image')!;
    expect(image.querySelector('img')?.getAttribute('src')).toBe('assets/wend-at-dawn.jpg');
    expect(image.querySelector('img')?.getAttribute('alt')).toBe('The river Wend over its banks at dawn');
    expect(image.querySelector('.caption')?.textContent).toBe('The Wend near Millbrook in January.');
    expect(image.querySelector('.credit')?.textContent).toBe('Photo: J. Park');
    const asides = [...doc.querySelectorAll('aside.related')];
    expect(asides).toHaveLength(2);
    expect(asides[0]!.querySelector('h2')?.textContent).toBe('Read also');
    // An untitled link reads as its address.
    expect([...asides[0]!.querySelectorAll('a')].map((a) => a.textContent)).toEqual([
      'Last winter’s floods in pictures',
      'https://example.org/pumps',
    ]);
    const embed = doc.querySelector('.embed a')!;
    expect(embed.getAttribute('href')).toBe('https://video.example.org/watch/flood-briefing');
    expect(doc.querySelectorAll('iframe, object, embed, video')).toHaveLength(0);
  });

  it('keeps marks, lists and soft line breaks, and never skips a heading level', () => {
    expect(doc.querySelector('strong')?.textContent).toBe('three');
    expect(doc.querySelector('em')?.textContent).toBe('one');
    expect(doc.querySelector('s')?.textContent).toBe('the old estimate');
    expect(doc.querySelectorAll('ul li, ol li').length).toBeGreaterThanOrEqual(4);
    expect(readBack(doc.querySelector('[data-block="10"]')!)).toContain('Line one\nline two.');
    // The first subheading is an h3 with no h2 before it: it moves up to h2.
    const headings = [...doc.querySelectorAll('.story-body h2, .story-body h3')].map((h) => `${h.localName} ${h.textContent}`);
    expect(headings.slice(0, 3)).toEqual(['h2 What the plan covers', 'h2 Money', 'h3 Who pays']);
  });

  it('fills the head: title, description, OpenGraph, Twitter card and NewsArticle JSON-LD', () => {
    expect(doc.title).toBe(feature.metadata.headline);
    const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content');
    expect(meta('meta[name="description"]')).toBe(feature.metadata.standfirst);
    expect(meta('meta[property="og:title"]')).toBe(feature.metadata.socialHeadline);
    expect(meta('meta[property="og:type"]')).toBe('article');
    expect(meta('meta[name="twitter:card"]')).toBe('summary');
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: feature.metadata.headline,
      articleSection: 'Environment',
      inLanguage: 'en',
      keywords: ['flooding', 'local government'],
      datePublished: '2025-03-14',
      dateModified: '2025-03-14T11:05:00.000Z',
      author: [{ '@type': 'Person', name: 'Ada Okafor', jobTitle: 'Environment correspondent' }, { '@type': 'Person', name: 'Tom Reyes' }],
    });
  });

  it('carries a CSP whose style hash matches the inlined stylesheet, and nothing else executable', () => {
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    const css = doc.querySelector('style')!.textContent;
    const hash = createHash('sha256').update(css, 'utf8').digest('base64');
    expect(csp).toBe(`default-src 'none'; img-src https: data:; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`);
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.querySelector('script')?.getAttribute('type')).toBe('application/ld+json');
    expect(doc.querySelectorAll('[style]')).toHaveLength(0);
    // The CSP must come before anything it governs.
    expect(doc.head.firstElementChild?.nextElementSibling).toBe(doc.querySelector('meta[http-equiv]'));
  });

  it('refuses a stylesheet that could close its element or a hash that is not SHA-256', () => {
    expect(() => pageStyle('a{}</style><script>alert(1)</script>')).toThrow(/<\/style/);
    expect(() => pageStyle('a{}</STYLE >')).toThrow();
    expect(() => renderHtmlPage(blankArticle(), { style: { css: 'a{}', hash: 'abc' } })).toThrow(/hash/);
    expect(() => renderHtmlPage(blankArticle(), { style: { css: '</style>', hash: style.hash } })).toThrow();
    expect(() => pageCsp("x'; script-src *")).toThrow();
  });

  it('is byte-stable: the same story gives the same bytes', () => {
    const a = renderHtmlPage(fixture('feature'), { style });
    const b = renderHtmlPage(structuredClone(fixture('feature')), { style: houseStyle() });
    expect(a).toBe(b);
  });

  it('leaves comments and suggestions out', () => {
    const review = fixture('review');
    expect(review.comments.length + review.suggestions.length).toBeGreaterThan(0);
    const html = renderHtmlPage(review, { style });
    expect(html).toContain('Printed text only.');
    expect(html).not.toMatch(/SECRET|Desk Editor/);
  });

  it('falls back to "Untitled" for a blank headline and leaves empty fields out', () => {
    const minimal = page(fixture('minimal'));
    expect(minimal.title).toBe('Untitled');
    expect(minimal.querySelector('h1')?.textContent).toBe('Untitled');
    expect(minimal.querySelector('.kicker, .standfirst, .byline, .dateline, meta[name="description"]')).toBeNull();
    expect(minimal.querySelector('.story-body')?.children).toHaveLength(0);
  });

  it('keeps only absolute http, https and mailto links (test 23)', () => {
    const urls = [
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      '&#106;avascript:alert(1)',
      'data:text/html,<b>x</b>',
      '//evil.example/x',
      'https:evil.example',
      'http:/evil.example',
      'https://evil.example/\u0001',
      ' https://example.org/',
      'ftp://example.org/',
      'file:///etc/passwd',
      'https://example.org/ok',
      'HTTP://EXAMPLE.ORG/caps',
      'mailto:desk@example.org',
    ];
    const body: Article['body'] = urls.map((url) => ({ type: 'paragraph', children: [{ type: 'link', url, children: [{ text: 'x' }] }] }));
    const kept = [...page(withBody(body)).querySelectorAll('.story-body a')].map((a) => a.getAttribute('href'));
    expect(kept).toEqual(['https://example.org/ok', 'HTTP://EXAMPLE.ORG/caps', 'mailto:desk@example.org']);
  });

  it('drops a link that has no visible text but keeps the text', () => {
    const html = renderBodyFragment(withBody([{ type: 'paragraph', children: [{ text: 'a' }, { type: 'link', url: 'https://example.org/', children: [{ text: '  ' }] }] }]));
    expect(html).toBe('<p data-block="0">a  </p>\n');
  });

  it('maps image paths through imageSrc and drops images whose address is not allowed', () => {
    const a = withBody([
      { type: 'image', src: 'assets/a.png', alt: 'A', caption: '', credit: '', children: [{ text: '' }] },
      { type: 'image', src: 'assets/b.png', alt: 'B', caption: '', credit: '', children: [{ text: '' }] },
    ]);
    const html = renderArticleFragment(a, {
      imageSrc: (src) => (src.endsWith('a.png') ? 'data:image/png;base64,AAAA' : 'javascript:alert(1)'),
    });
    const srcs = [...parseHtml(html).querySelectorAll('img')].map((img) => img.getAttribute('src'));
    expect(srcs).toEqual(['data:image/png;base64,AAAA']);
  });

  it('gives each of several related-link boxes a distinct name', () => {
    const related = (title: string): Article['body'][number] => ({
      type: 'related-links',
      title,
      items: [{ title: 'One', url: 'https://example.org/1' }],
      children: [{ text: '' }],
    });
    const asides = [...page(withBody([related('More'), related('More'), related('')])).querySelectorAll('aside')];
    expect(asides.map((a) => a.getAttribute('aria-label'))).toEqual(['More', 'More (2)', 'One']);
  });
});
