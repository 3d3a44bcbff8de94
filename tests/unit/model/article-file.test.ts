import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createArticle } from '../../../shared/model/factory';
import { articleJsonSchema } from '../../../shared/model/json-schema';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/model/article';
import { migrate, MIGRATIONS, MigrationError, type Migration } from '../../../shared/model/migrations';
import { ArticleFormatError, parseArticle, serializeArticle } from '../../../shared/model/serialize';
import { isSafeUrl } from '../../../shared/model/body';

describe('story file text', () => {
  it('round-trips through serialize and parse', () => {
    const article = createArticle({ headline: 'Round trip', section: 'Local' });
    expect(parseArticle(serializeArticle(article))).toEqual(article);
  });

  it('puts schemaVersion first and children last, whatever order the object was built in', () => {
    const article = createArticle({ headline: 'Order' });
    const shuffled = Object.fromEntries(Object.entries(article).reverse()) as typeof article;
    const text = serializeArticle(shuffled);
    expect(text).toBe(serializeArticle(article));
    expect(Object.keys(JSON.parse(text))).toEqual(['schemaVersion', 'uid', 'metadata', 'speakers', 'body', 'comments', 'suggestions', 'statusLog']);
    expect(text).toMatch(/"type": "paragraph",\n\s+"children"/);
  });

  it('accepts a byte-order mark and reports bad JSON without throwing anything else', () => {
    const text = serializeArticle(createArticle({ headline: 'BOM' }));
    expect(parseArticle('\ufeff' + text).metadata.headline).toBe('BOM');
    for (let cut = 0; cut < text.length; cut += 37) {
      expect(() => parseArticle(text.slice(0, cut))).toThrow(ArticleFormatError);
    }
  });

  it('names the field path of the first problems', () => {
    const doc = JSON.parse(serializeArticle(createArticle({ headline: 'Paths' })));
    doc.body[0].children[0].bold = 'yes';
    doc.metadata.status = 'lost';
    expect(() => parseArticle(JSON.stringify(doc))).toThrow(/metadata\.status: .*body\.0\.children\.0|body\.0\.children\.0.*metadata\.status/);
  });

  it('refuses unknown node types and links that are not http, https or mailto', () => {
    const doc = JSON.parse(serializeArticle(createArticle({ headline: 'Nodes' })));
    doc.body.push({ type: 'script', children: [{ text: '' }] });
    expect(() => parseArticle(JSON.stringify(doc))).toThrow(ArticleFormatError);
    doc.body.pop();
    doc.body[0].children = [{ type: 'link', url: 'javascript:alert(1)', children: [{ text: 'x' }] }];
    expect(() => parseArticle(JSON.stringify(doc))).toThrow(/url: must be an absolute http, https or mailto URL/);
  });
});

describe('safe URLs', () => {
  it('keeps only absolute http, https and mailto', () => {
    for (const ok of ['https://example.org/a?b=c', 'http://example.org', 'mailto:desk@example.org']) expect(isSafeUrl(ok)).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      ' https://example.org',
      'data:text/html,<script>',
      '//evil.example',
      '/relative',
      'file:///etc/passwd',
      'vbscript:msgbox',
      'https://example.org/\u0000',
    ]) {
      expect(isSafeUrl(bad), bad).toBe(false);
    }
  });
});

describe('migrations', () => {
  const steps: Migration[] = [
    { name: 'SplitByline', to: 2, up: (d) => ({ ...d, bylines: [d['byline']], byline: undefined }) },
    { name: 'AddTags', to: 3, up: (d) => ({ ...d, tags: [] }) },
  ];

  it('runs named steps in order from the stored version up', () => {
    expect(migrate({ schemaVersion: 1, byline: 'A' }, steps, 3)).toEqual({ schemaVersion: 3, bylines: ['A'], byline: undefined, tags: [] });
    expect(migrate({ schemaVersion: 2, bylines: [] }, steps, 3)).toEqual({ schemaVersion: 3, bylines: [], tags: [] });
  });

  it('refuses files from a newer Copydesk, missing versions and non-objects', () => {
    expect(() => migrate({ schemaVersion: 4 }, steps, 3)).toThrow(/newer Copydesk/);
    expect(() => migrate({}, steps, 3)).toThrow(MigrationError);
    expect(() => migrate({ schemaVersion: 1.5 }, steps, 3)).toThrow(MigrationError);
    expect(() => migrate([], steps, 3)).toThrow(/not a JSON object/);
    expect(() => migrate({ schemaVersion: 1 }, [steps[1]!], 3)).toThrow(/no migration to schemaVersion 2/);
  });
});

describe('the migrations of the story format', () => {
  const v1 = readFileSync(new URL('../../fixtures/articles/v1/ready-for-edit.story.json', import.meta.url), 'utf8');

  it('has one named step to each version after the first', () => {
    expect(MIGRATIONS.map((m) => [m.name, m.to])).toEqual([['AddStatusLog', 2]]);
    expect(CURRENT_SCHEMA_VERSION).toBe(2);
  });

  it('opens a version 1 story as the current version with an empty status log, losing nothing', () => {
    const before = JSON.parse(v1);
    const article = parseArticle(v1);
    expect(article.schemaVersion).toBe(2);
    expect(article.statusLog).toEqual([]);
    expect(article.metadata).toEqual(before.metadata);
    expect(article.body).toEqual(before.body);
    expect(article.comments).toEqual(before.comments);
    const saved = JSON.parse(serializeArticle(article));
    expect(saved.schemaVersion).toBe(2);
    expect(parseArticle(serializeArticle(article))).toEqual(article);
  });

  it('keeps comment anchors on text runs and status moves, and refuses malformed ones', () => {
    const doc = JSON.parse(serializeArticle(parseArticle(v1)));
    doc.body[0].children = [{ text: 'Ten new cars arrive ' }, { text: 'in the spring', comments: ['c1'] }, { text: '.' }];
    doc.statusLog = [{ status: 'ready-for-edit', at: '2025-03-02T09:30:00.000Z', by: { name: 'Ines Duarte', initials: 'ID' } }];
    const article = parseArticle(JSON.stringify(doc));
    expect(article.body[0]).toEqual({ type: 'paragraph', children: doc.body[0].children });
    expect(article.statusLog[0]?.by.name).toBe('Ines Duarte');
    for (const bad of [[], ['has space'], 'c1']) {
      doc.body[0].children[1].comments = bad;
      expect(() => parseArticle(JSON.stringify(doc)), JSON.stringify(bad)).toThrow(/body\.0\.children\.1/);
    }
    doc.body[0].children[1].comments = ['c1'];
    doc.statusLog[0].status = 'spiked';
    expect(() => parseArticle(JSON.stringify(doc))).toThrow(/statusLog\.0\.status/);
  });
});

describe('the JSON Schema kept in the repo', () => {
  it('is the one generated from the zod schema (run `npm run schema` after a change)', () => {
    const kept = JSON.parse(readFileSync(new URL('../../../shared/model/story.schema.json', import.meta.url), 'utf8'));
    expect(kept).toEqual(articleJsonSchema());
    expect(kept.required).toEqual(['schemaVersion', 'uid', 'metadata', 'speakers', 'body', 'comments', 'suggestions', 'statusLog']);
  });
});
