import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesInText, searchPattern } from '../../../../renderer/editor/find/search';

const find = (text: string, query: string, matchCase = false, wholeWord = false) =>
  matchesInText(text, searchPattern(query, { matchCase, wholeWord }), wholeWord).map(([s, e]) => text.slice(s, e));

describe('searching the text of a block', () => {
  it('takes the query literally, never as a pattern', () => {
    expect(find('a.b axb (c) [d] $e', '.')).toEqual(['.']);
    expect(find('a.b axb (c) [d] $e', '(c)')).toEqual(['(c)']);
    expect(find('a\\b', '\\')).toEqual(['\\']);
    expect(find('cost: $5 or $50', '$5', false, true)).toEqual(['$5']);
  });

  it('matches case only when asked', () => {
    expect(find('Ferry ferry FERRY', 'ferry')).toEqual(['Ferry', 'ferry', 'FERRY']);
    expect(find('Ferry ferry FERRY', 'ferry', true)).toEqual(['ferry']);
  });

  it('matches whole words in any script', () => {
    expect(find('port, seaport, Portland, port.', 'port', false, true)).toEqual(['port', 'port']);
    expect(find('الميناء والميناء', 'الميناء', false, true)).toEqual(['الميناء']);
    expect(find('aa aaa aa', 'aa', false, true)).toEqual(['aa', 'aa']);
  });

  it('finds every occurrence, each equal to the query but for case', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ minLength: 1, maxLength: 3 }), (text, query) => {
        const found = matchesInText(text, searchPattern(query, { matchCase: true, wholeWord: false }), false);
        for (const [s, e] of found) expect(text.slice(s, e)).toBe(query);
        let expected = 0;
        for (let i = text.indexOf(query); i !== -1; i = text.indexOf(query, i + query.length)) expected++;
        expect(found).toHaveLength(expected);
      }),
    );
  });
});
