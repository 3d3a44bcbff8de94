import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/model/article';
import type { Block } from '../../../shared/model/body';
import { parseArticle } from '../../../shared/model/serialize';
import { articleDiff } from '../../../shared/review/article-diff';
import { newText, oldText } from '../../../shared/review/word-diff';

const clean = parseArticle(readFileSync(new URL('../../fixtures/review/clean.story.json', import.meta.url), 'utf8'));

function edit(change: (a: Article) => void): Article {
  const copy = structuredClone(clean);
  change(copy);
  return copy;
}

const para = (text: string): Block => ({ type: 'paragraph', children: [{ text }] });

describe('articleDiff', () => {
  it('finds no change between a story and itself', () => {
    const diff = articleDiff(clean, structuredClone(clean));
    expect(diff.changed).toBe(false);
    expect(diff.body.every((b) => b.kind === 'equal')).toBe(true);
    expect(diff.stats).toEqual({ inserted: 0, deleted: 0 });
  });

  it('diffs the headline and standfirst word by word', () => {
    const diff = articleDiff(
      clean,
      edit((a) => {
        a.metadata.headline = 'Night buses return to the harbour routes';
        a.metadata.standfirst = 'The transport board restores three late services.';
      }),
    );
    expect(diff.headline.filter((s) => s.kind !== 'equal')).toEqual([
      { kind: 'delete', text: 'river' },
      { kind: 'insert', text: 'harbour' },
    ]);
    expect(diff.standfirst.filter((s) => s.kind === 'delete').map((s) => s.text)).toEqual([' after a six-month pause']);
    expect(diff.changed).toBe(true);
  });

  it('pairs an edited paragraph with its old text and leaves the others equal', () => {
    const diff = articleDiff(
      clean,
      edit((a) => {
        a.body[3] = para('The routes cost the board less than the daytime shuttle it cut last year.');
      }),
    );
    expect(diff.body.map((b) => b.kind)).toEqual(['equal', 'equal', 'equal', 'changed']);
    const changed = diff.body[3]!;
    expect(changed).toMatchObject({ from: 3, to: 3, type: 'paragraph' });
    expect(changed.segments.filter((s) => s.kind !== 'equal').map((s) => [s.kind, s.text])).toEqual([
      ['delete', 'about the same as'],
      ['insert', 'less than'],
    ]);
    expect(diff.stats).toEqual({ inserted: 2, deleted: 4 });
  });

  it('reports inserted and deleted paragraphs with their positions on each side', () => {
    const diff = articleDiff(
      clean,
      edit((a) => {
        a.body.splice(0, 1);
        a.body.push(para('Services start at midnight.'));
      }),
    );
    expect(diff.body.map((b) => [b.kind, b.from, b.to])).toEqual([
      ['delete', 0, null],
      ['equal', 1, 0],
      ['equal', 2, 1],
      ['equal', 3, 2],
      ['insert', null, 3],
    ]);
    expect(diff.body[4]!.segments).toEqual([{ kind: 'insert', text: 'Services start at midnight.' }]);
    expect(diff.body[0]!.segments[0]!.kind).toBe('delete');
  });

  it('shows a changed image alt text and a changed status', () => {
    const diff = articleDiff(
      clean,
      edit((a) => {
        const image = a.body[2]!;
        if (image.type === 'image') image.alt = 'A bus at a stop';
        a.metadata.status = 'approved';
      }),
    );
    expect(diff.body[2]!.kind).toBe('changed');
    expect(newText(diff.body[2]!.segments)).toContain('Alt: A bus at a stop');
    expect(oldText(diff.body[2]!.segments)).toContain('Alt: A lit bus waits at a riverside stop at night');
    expect(diff.body[2]!.segments.filter((s) => s.kind === 'delete').map((s) => s.text.trim())).toContain('lit');
    expect(diff.fields).toEqual([{ field: 'status', from: 'edited', to: 'approved' }]);
  });

  it('treats a heading that was a paragraph as a change of the same block', () => {
    const diff = articleDiff(
      clean,
      edit((a) => {
        a.body[3] = { type: 'heading', level: 2, children: [{ text: 'The routes cost the board about the same as the daytime shuttle it cut last year.' }] };
      }),
    );
    expect(diff.body[3]).toMatchObject({ kind: 'changed', type: 'heading' });
    expect(diff.changed).toBe(true);
  });
});
