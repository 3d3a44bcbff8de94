import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/model/article';
import { renderReviewCopy } from '../../../shared/render/review-copy';
import { blankArticle, parseHtml } from './helpers';
import { XSS_PAYLOADS } from './xss-payloads';

const editor = { name: 'Ed Itor', initials: 'EI' };
const at = '2026-02-03T04:05:06.000Z';

function reviewed(text: string): Article {
  const article = blankArticle();
  article.metadata.headline = `Ferry ${text}`;
  article.body = [
    {
      type: 'paragraph',
      children: [
        { text: 'The ferry sailed ' },
        { text: `at dawn ${text}`, comments: ['c1'] },
        { text: ' today', suggestion: { id: 's1', kind: 'insert', by: editor, at } },
        { text: ' slowly', suggestion: { id: 's2', kind: 'delete', by: editor, at } },
        { text: '.' },
      ],
    },
  ];
  article.comments = [
    {
      id: 'c1',
      author: editor,
      createdAt: at,
      text: `Which dawn? ${text}`,
      resolved: false,
      anchorText: `at dawn ${text}`,
      replies: [{ id: 'r1', author: { name: 'Wri Ter', initials: 'WT' }, createdAt: at, text: `Monday. ${text}` }],
    },
  ];
  article.statusLog = [{ status: 'ready-for-edit', at, by: editor, note: `Please look ${text}` }];
  return article;
}

describe('renderReviewCopy', () => {
  it('lists the comments with their anchored text and replies, the suggestions and the status log', () => {
    const doc = parseHtml(renderReviewCopy(reviewed('now')));
    const comments = doc.querySelector('section:nth-of-type(2)')!;
    expect(comments.querySelector('h2')!.textContent).toBe('Comments (1)');
    expect(comments.textContent).toContain('Which dawn? now');
    expect(comments.textContent).toContain('On: “at dawn now”');
    expect(comments.textContent).toContain('Monday. now');
    expect(doc.querySelector('main mark')!.textContent).toBe('at dawn now');
    expect(doc.querySelector('main ins')!.textContent).toBe(' today');
    expect(doc.querySelector('main del')!.textContent).toBe(' slowly');
    expect(doc.body.textContent).toContain('Pending suggestions (2)');
    expect(doc.body.textContent).toContain('ready-for-edit: Ed Itor (EI)');
  });

  it('carries hostile text as text: no script, no handler, no link, no loaded resource', () => {
    for (const payload of XSS_PAYLOADS.slice(0, 25)) {
      const doc = parseHtml(renderReviewCopy(reviewed(payload)));
      expect(doc.querySelectorAll('script, iframe, img, a, object, embed, link, base, form').length, payload).toBe(0);
      for (const el of doc.querySelectorAll('*')) {
        for (const attr of el.getAttributeNames()) expect(/^on|^src$|^href$|^style$/i.test(attr), `${attr} for ${payload}`).toBe(false);
      }
      expect(doc.querySelector('section:nth-of-type(2) li')!.textContent).toContain(`Which dawn? ${payload.replace(/\r\n?/g, '\n').replace(/\0/g, '')}`);
      expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toMatch(/^default-src 'none'/);
    }
  });
});
