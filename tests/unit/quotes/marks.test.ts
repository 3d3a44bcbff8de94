import { describe, expect, it } from 'vitest';
import { scanQuoteMarks } from '../../../shared/quotes';

function quoted(text: string, language = ''): string[] {
  return scanQuoteMarks(text, language).quotes.map((q) => text.slice(q.start, q.end));
}

describe('pairing quotation marks', () => {
  it('pairs curly and straight double quotes', () => {
    expect(quoted('She said “we won” and he said "we lost".')).toEqual(['we won', 'we lost']);
  });

  it('pairs French guillemets and trims the spaces inside them', () => {
    expect(quoted('Il a dit : « Nous sommes unis » hier.')).toEqual(['Nous sommes unis']);
  });

  it('pairs German „ “ without taking the closing “ for a new quote', () => {
    expect(quoted('Er sagte: „Wir sind vereint“, und ging.', 'de')).toEqual(['Wir sind vereint']);
    expect(quoted('Er sagte: „Wir sind vereint“ und „bleiben es“.')).toEqual(['Wir sind vereint', 'bleiben es']);
  });

  it('pairs Polish „ ” when the language says so', () => {
    expect(quoted('Powiedział: „Jesteśmy zjednoczeni” wczoraj.', 'pl')).toEqual(['Jesteśmy zjednoczeni']);
  });

  it('pairs single quotes without stopping at apostrophes', () => {
    expect(quoted('He told the BBC: ‘We don’t know what the voters’ choice will be.’')).toEqual([
      'We don’t know what the voters’ choice will be.',
    ]);
  });

  it('keeps a quote inside a quote as part of the outer one', () => {
    expect(quoted('“They told me ‘go home’ and I did,” she said.')).toEqual(['They told me ‘go home’ and I did,']);
  });

  it('runs one quote over several paragraphs when each opens with a mark and only the last closes', () => {
    const text = 'Smith said: “The first part.\n\n“The second part.\n\n“The end.”\n\nThe meeting ended.';
    const scan = scanQuoteMarks(text);
    expect(scan.quotes).toHaveLength(1);
    expect(scan.quotes[0]!.paragraphs).toBe(3);
    expect(text.slice(scan.quotes[0]!.start, scan.quotes[0]!.end)).toBe('The first part.\n\n“The second part.\n\n“The end.');
    expect(scan.issues).toEqual([]);
  });

  it('reports a quote that is never closed and ends it with its paragraph', () => {
    const text = 'Smith said: “We will win.\n\nThe meeting ended.';
    const scan = scanQuoteMarks(text);
    expect(scan.issues).toEqual([{ kind: 'unclosed', index: text.indexOf('“'), mark: '“' }]);
    expect(text.slice(scan.quotes[0]!.start, scan.quotes[0]!.end)).toBe('We will win.');
  });

  it('reports a closing mark with no opening one', () => {
    const text = 'The plan failed.” Then it rained.';
    expect(scanQuoteMarks(text).issues).toEqual([{ kind: 'unopened', index: text.indexOf('”'), mark: '”' }]);
  });

  it('treats a wrapped line inside a paragraph as part of the quote', () => {
    const text = 'He said: “We will\nwin this race.”\n\nThe end.';
    expect(quoted(text)).toEqual(['We will\nwin this race.']);
  });
});
