import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/model/article';
import { createArticle } from '../../../shared/model/factory';
import { addComment, addReply, anchoredText, commentViews, isAuthor, removeComment, setResolved } from '../../../shared/review/comments';

const rui = { name: 'Rui Costa', initials: 'RC' };
const at = new Date('2025-05-01T10:00:00Z');

function story(): Article {
  return createArticle({
    headline: 'Trams',
    body: [
      { type: 'paragraph', children: [{ text: 'Ten new cars ' }, { text: 'arrive', comments: ['a'] }, { text: ' in spring', comments: ['a', 'b'] }] },
      { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'Line 28', comments: ['b'] }] }] },
    ],
  });
}

describe('comments', () => {
  it('reads the anchored text across runs and blocks', () => {
    expect(anchoredText(story().body, 'a')).toBe('arrive in spring');
    expect(anchoredText(story().body, 'b')).toBe(' in springLine 28');
    expect(anchoredText(story().body, 'gone')).toBe('');
  });

  it('adds, replies, resolves, reopens and deletes', () => {
    let article = addComment(story(), { id: 'a', text: 'Which spring?', anchorText: 'arrive in spring', author: rui, at });
    article = addReply(article, 'a', { id: 'r1', text: 'Next one.', author: { name: 'Maya', initials: 'M' }, at });
    expect(article.comments).toEqual([
      {
        id: 'a',
        author: rui,
        createdAt: at.toISOString(),
        text: 'Which spring?',
        resolved: false,
        anchorText: 'arrive in spring',
        replies: [{ id: 'r1', author: { name: 'Maya', initials: 'M' }, createdAt: at.toISOString(), text: 'Next one.' }],
      },
    ]);
    article = setResolved(article, 'a', true);
    expect(article.comments[0]!.resolved).toBe(true);
    expect(setResolved(article, 'a', false).comments[0]!.resolved).toBe(false);
    expect(isAuthor(article.comments[0]!, rui)).toBe(true);
    expect(isAuthor(article.comments[0]!, { name: 'Maya', initials: 'M' })).toBe(false);
    expect(isAuthor(article.comments[0]!, { name: '', initials: '' })).toBe(false);
    expect(removeComment(article, 'a').comments).toEqual([]);
    expect(addReply(article, 'missing', { id: 'r2', text: 'x', author: rui, at })).toBe(article);
  });

  it('shows a comment whose text was deleted as orphaned', () => {
    let article = addComment(story(), { id: 'a', text: 'One', anchorText: 'arrive in spring', author: rui, at });
    article = addComment(article, { id: 'z', text: 'Two', anchorText: 'a removed sentence', author: rui, at });
    expect(commentViews(article).map((v) => [v.comment.id, v.orphaned])).toEqual([
      ['a', false],
      ['z', true],
    ]);
  });
});
