import { describe, expect, it } from 'vitest';
import { renderNitf } from '../../../shared/render/nitf';
import { FIXTURES, fixture, parseXml } from './helpers';

const parse = parseXml;

describe('NITF 3.6 export', () => {
  it.each(FIXTURES)('%s parses as well-formed XML', (name) => {
    const doc = parse(renderNitf(fixture(name)));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('nitf');
    expect(doc.documentElement.getAttribute('version')).toBe('-//IPTC//DTD NITF 3.6//EN');
  });

  it('would notice broken XML (the parser is live)', () => {
    expect(parse('<nitf><p>unclosed</nitf>').getElementsByTagName('parsererror').length).toBeGreaterThan(0);
  });

  it('puts title, hedline, byline, dateline and abstract where NITF expects them', () => {
    const feature = fixture('feature');
    const doc = parse(renderNitf(feature));
    const one = (path: string) => doc.querySelector(path)?.textContent;
    expect(one('nitf > head > title')).toBe(feature.metadata.headline);
    expect(one('body > body\\.head > hedline > hl1')).toBe(feature.metadata.headline);
    expect([...doc.querySelectorAll('body\\.head > byline > person')].map((p) => p.textContent)).toEqual(['Ada Okafor', 'Tom Reyes']);
    expect(one('byline > byttl')).toBe('Environment correspondent');
    expect(one('dateline > location')).toBe('Millbrook');
    expect(doc.querySelector('dateline > story\\.date')?.getAttribute('norm')).toBe('20250314');
    expect(one('abstract > p')).toBe(feature.metadata.standfirst);
    expect([...doc.querySelectorAll('key-list > keyword')].map((k) => k.getAttribute('key'))).toEqual(['flooding', 'local government']);
  });

  it('marks quotes with <q quote-source>, block quotes with <bq quote-source> credited to a <person>', () => {
    const doc = parse(renderNitf(fixture('feature')));
    const q = doc.querySelector('body\\.content q')!;
    expect(q.textContent).toBe('We cannot face another winter alone');
    expect(q.getAttribute('quote-source')).toBe('Lena Marsh');
    const bq = doc.querySelector('bq')!;
    expect(bq.getAttribute('quote-source')).toBe('Omar Haddad');
    expect(bq.querySelector('block > p')?.textContent).toContain('The river has not changed');
    expect(bq.querySelector('credit > person')?.textContent).toBe('Omar Haddad');
    const people = [...doc.querySelectorAll('identified-content > person')].map((p) => [p.getAttribute('value'), p.textContent]);
    expect(people).toEqual([
      ['sp-lena', 'Lena Marsh'],
      ['sp-omar', 'Omar Haddad'],
    ]);
    expect(doc.querySelector('media > media-reference')?.getAttribute('alternate-text')).toBe('The river Wend over its banks at dawn');
  });

  it('drops characters XML cannot hold instead of writing a broken file', () => {
    const a = fixture('minimal');
    a.metadata.headline = 'bell\u0007 form\u000c nul\u0000 \uFFFF end';
    const doc = parse(renderNitf(a));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.querySelector('hl1')?.textContent).toBe('bell form nul  end');
  });
});
