import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/model/article';
import { createArticle } from '../../../shared/model/factory';
import { addComment, setResolved } from '../../../shared/review/comments';
import { changeStatus, statusGate, StatusChangeError } from '../../../shared/review/status';

const maya = { name: 'Maya Okafor', initials: 'MO' };
const rui = { name: 'Rui Costa', initials: 'RC' };
const at = (minute: number) => new Date(Date.UTC(2025, 4, 1, 10, minute));

/** A story every pre-publish check passes. */
function ready(): Article {
  const article = createArticle({
    headline: 'Tram line gets new cars',
    body: [{ type: 'paragraph', children: [{ text: 'Ten new cars arrive in the spring, the city said on Monday.' }] }],
  });
  return {
    ...article,
    metadata: { ...article.metadata, standfirst: 'The old cars stay on the hill routes.', bylines: [{ name: 'Ines Duarte', role: '' }] },
  };
}

describe('status changes', () => {
  it('moves through the workflow, recording who, when and to what', () => {
    let article = ready();
    article = changeStatus(article, { status: 'ready-for-edit', by: maya, at: at(1) });
    article = changeStatus(article, { status: 'edited', by: rui, at: at(2) });
    article = changeStatus(article, { status: 'approved', by: rui, at: at(3) });
    article = changeStatus(article, { status: 'published', by: maya, at: at(4) });
    expect(article.metadata.status).toBe('published');
    expect(article.statusLog).toEqual([
      { status: 'ready-for-edit', at: at(1).toISOString(), by: maya },
      { status: 'edited', at: at(2).toISOString(), by: rui },
      { status: 'approved', at: at(3).toISOString(), by: rui },
      { status: 'published', at: at(4).toISOString(), by: maya },
    ]);
  });

  it('lets a story go back a step, and records nothing when the status stays the same', () => {
    const edited = changeStatus(ready(), { status: 'edited', by: rui, at: at(1) });
    const back = changeStatus(edited, { status: 'draft', by: rui, at: at(2), override: '' });
    expect(back.metadata.status).toBe('draft');
    expect(back.statusLog.map((e) => e.status)).toEqual(['edited', 'draft']);
    expect(changeStatus(back, { status: 'draft', by: maya, at: at(3) })).toBe(back);
  });

  it('publishes only an approved story', () => {
    expect(statusGate(ready(), 'published')).toEqual({ kind: 'refused', message: 'Approve the story before it is published.' });
    expect(() => changeStatus(ready(), { status: 'published', by: maya, at: at(1), override: 'rush' })).toThrow(StatusChangeError);
  });
});

describe('the approve gate', () => {
  it('approves a clean story with no reason asked', () => {
    const gate = statusGate(ready(), 'approved');
    expect(gate).toMatchObject({ kind: 'checks', blockers: [] });
    expect(changeStatus(ready(), { status: 'approved', by: rui, at: at(1) }).statusLog[0]).not.toHaveProperty('note');
  });

  it('lists blocking problems and needs a reason, which goes in the log', () => {
    const article = { ...ready(), metadata: { ...ready().metadata, bylines: [], headline: 'TK headline' } };
    const gate = statusGate(article, 'approved');
    if (gate.kind !== 'checks') throw new Error(gate.kind);
    expect(gate.blockers.map((p) => p.check)).toEqual(expect.arrayContaining(['required-fields', 'placeholders']));
    expect(() => changeStatus(article, { status: 'approved', by: rui, at: at(1) })).toThrow(/give a reason/);
    expect(() => changeStatus(article, { status: 'approved', by: rui, at: at(1), override: '   ' })).toThrow(StatusChangeError);
    const approved = changeStatus(article, { status: 'approved', by: rui, at: at(1), override: ' Desk adds the byline. ' });
    expect(approved.metadata.status).toBe('approved');
    expect(approved.statusLog.at(-1)).toEqual({ status: 'approved', at: at(1).toISOString(), by: rui, note: 'Desk adds the byline.' });
  });

  it('blocks on an unresolved comment until it is resolved', () => {
    const commented = addComment(ready(), { id: 'c1', text: 'Which spring?', anchorText: 'in the spring', author: rui, at: at(0) });
    const gate = statusGate(commented, 'approved');
    if (gate.kind !== 'checks') throw new Error(gate.kind);
    expect(gate.blockers.map((p) => p.check)).toEqual(['unresolved-comments']);
    expect(() => changeStatus(commented, { status: 'approved', by: rui, at: at(1) })).toThrow(StatusChangeError);
    const resolved = setResolved(commented, 'c1', true);
    expect(changeStatus(resolved, { status: 'approved', by: rui, at: at(1) }).metadata.status).toBe('approved');
  });

  it('blocks on a pending suggestion', () => {
    const suggested: Article = {
      ...ready(),
      suggestions: [{ id: 's1', kind: 'insert', author: rui, createdAt: at(0).toISOString(), text: 'new ' }],
    };
    const gate = statusGate(suggested, 'approved');
    if (gate.kind !== 'checks') throw new Error(gate.kind);
    expect(gate.blockers.map((p) => p.check)).toEqual(['pending-suggestions']);
  });
});
