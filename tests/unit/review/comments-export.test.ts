import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/model/article';
import { renderArticleFragment, renderHtmlPage, renderMarkdown, renderNinjs, renderNitf } from '../../../shared/render';
import { addComment, addReply } from '../../../shared/review/comments';
import { blankArticle, houseStyle } from '../render/helpers';

const by = { name: 'Rui Costa', initials: 'RC' };
const at = new Date('2025-05-01T10:00:00Z');

function commented(): Article {
  let article: Article = {
    ...blankArticle(),
    body: [
      {
        type: 'paragraph',
        children: [{ text: 'Ten new cars ' }, { text: 'arrive in spring', comments: ['c7'], bold: true }, { text: ' on the hill.' }],
      },
    ],
  };
  article = addComment(article, { id: 'c7', text: 'SECRET-NOTE which spring?', anchorText: 'arrive in spring', author: by, at });
  return addReply(article, 'c7', { id: 'r1', text: 'SECRET-REPLY next year', author: by, at });
}

describe('comments in exports', () => {
  const article = commented();
  const outputs: [string, string][] = [
    ['fragment', renderArticleFragment(article)],
    ['page', renderHtmlPage(article, { style: houseStyle() })],
    ['markdown', renderMarkdown(article)],
    ['nitf', renderNitf(article)],
    ['ninjs', renderNinjs(article)],
  ];

  it.each(outputs)('%s holds the commented words but no comment, reply, id or author', (_name, out) => {
    expect(out).toMatch(/arrive in spring/);
    for (const hidden of ['SECRET-NOTE', 'SECRET-REPLY', 'c7', 'Rui Costa', 'comment']) expect(out).not.toContain(hidden);
  });

  it('renders the anchored run exactly as it would without the anchor', () => {
    const plain: Article = { ...article, comments: [], body: [{ type: 'paragraph', children: [{ text: 'Ten new cars ' }, { text: 'arrive in spring', bold: true }, { text: ' on the hill.' }] }] };
    expect(renderArticleFragment(article)).toBe(renderArticleFragment(plain));
    expect(renderMarkdown(article)).toBe(renderMarkdown(plain));
  });
});
