import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildNinjs, renderNinjs } from '../../../shared/render/ninjs';
import { FIXTURES, fixture, parseHtml } from './helpers';
import { ninjsSchema, ninjsValidator } from './ninjs-schema';

describe('ninjs 3.1 export', () => {
  const validate = ninjsValidator();

  it('vendors the official schema unchanged', () => {
    const official = readFileSync(new URL('../../../../shared/reference/standards/ninjs-schema_3.1.json', import.meta.url), 'utf8');
    expect(ninjsSchema()).toEqual(JSON.parse(official));
  });

  it('accepts the IPTC example and refuses a broken item (the validator is live)', () => {
    const example = JSON.parse(
      readFileSync(new URL('../../../../shared/reference/standards/ninjs-3.1-example-complex-text-article.json', import.meta.url), 'utf8'),
    );
    expect(validate(example)).toBe(true);
    expect(validate({ ...buildNinjs(fixture('feature')), headline: 'not a ninjs field' })).toBe(false);
    expect(validate({ type: 'text' })).toBe(false);
  });

  it.each(FIXTURES)('%s validates against the schema', (name) => {
    const item = JSON.parse(renderNinjs(fixture(name)));
    expect(validate(item), JSON.stringify(validate.errors)).toBe(true);
  });

  it('carries headline, summary, byline, place, subjects, quoted people, bodies and pictures', () => {
    const feature = fixture('feature');
    const item = buildNinjs(feature);
    expect(item).toMatchObject({
      uri: 'urn:copydesk:story:fixturefeature01',
      type: 'text',
      language: 'en',
      headlines: [
        { role: 'main', value: feature.metadata.headline },
        { role: 'social', value: feature.metadata.socialHeadline },
      ],
      descriptions: [{ role: 'summary', value: feature.metadata.standfirst }],
      by: 'Ada Okafor, Tom Reyes',
      located: 'Millbrook',
      subjects: [
        { name: 'Environment', rel: 'section' },
        { name: 'flooding', rel: 'about' },
        { name: 'local government', rel: 'about' },
      ],
      people: [
        { name: 'Lena Marsh', rel: 'quoted', literal: 'sp-lena' },
        { name: 'Omar Haddad', rel: 'quoted', literal: 'sp-omar' },
      ],
    });
    expect(item['pubStatus']).toBeUndefined();
    const bodies = item['bodies'] as { contentType: string; value: string; wordCount: number }[];
    const html = parseHtml(bodies[0]!.value);
    expect(html.querySelector('q')?.getAttribute('data-speaker')).toBe('sp-lena');
    expect(bodies[1]!.value).toContain('Six councils signed the plan');
    expect(bodies[0]!.wordCount).toBeGreaterThan(50);
    expect(item['associations']).toEqual([
      expect.objectContaining({ type: 'picture', copyrightHolder: 'Photo: J. Park', renditions: [{ name: 'original', contentType: 'image/jpeg' }] }),
    ]);
  });

  it('is byte-stable', () => {
    expect(renderNinjs(fixture('feature'))).toBe(renderNinjs(fixture('feature')));
  });
});
