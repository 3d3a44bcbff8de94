import fc from 'fast-check';
import { createEditor, Editor, Transforms } from 'slate';
import { withHistory } from 'slate-history';
import { describe, expect, it } from 'vitest';
import { withStoryBody } from '../../../../renderer/editor/create-editor';
import { quoteStyleFor } from '../../../../renderer/editor/typography/quote-styles';
import { isUrlLike, smartenTyped } from '../../../../renderer/editor/typography/smarten';
import { type } from './typing';

function typed(text: string, language = 'en'): string {
  const editor = withStoryBody(withHistory(createEditor()));
  editor.children = [{ type: 'paragraph', children: [{ text: '' }] }];
  editor.language = language;
  Transforms.select(editor, Editor.start(editor, []));
  type(editor, text);
  return Editor.string(editor, []);
}

/** The text without anything typography may change. */
const letters = (text: string) => text.replace(/["'“”‘’«»„‚‹›\-—.…\s\u00A0]/g, '');

const PIECES = ['a', 'B', '7', ' ', '"', "'", '-', '.', ',', '(', 'é', 'ب'];

describe('typography as you type', () => {
  it('only ever changes quotes, dashes and dots', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.constantFrom('en', 'fr', 'ar', 'de'), (chars, language) => {
        const text = chars.join('');
        expect(letters(typed(text, language))).toBe(letters(text));
      }),
      { numRuns: 150 },
    );
  });

  it('never changes a web or mail address', () => {
    const address = fc
      .tuple(
        fc.constantFrom('https://', 'http://', 'www.', 'mailto:', 'desk@'),
        fc.array(fc.constantFrom(...'ab-._/\'"0'), { minLength: 1, maxLength: 20 }),
      )
      .map(([start, rest]) => start + rest.join(''))
      .filter((word) => !word.includes('"'));
    fc.assert(
      fc.property(address, (word) => {
        expect(typed(`See ${word}`)).toBe(`See ${word}`);
      }),
      { numRuns: 150 },
    );
  });

  it('treats the usual address shapes as URL-like, and ordinary words not', () => {
    for (const word of ['https://a.org', 'HTTP://A.ORG', 'www.example.com', 'mailto:x@y.z', '@desk', 'ftp://files']) {
      expect(isUrlLike(word), word).toBe(true);
    }
    for (const word of ['harbour', "don't", 'e.g.', 'www', 'http']) expect(isUrlLike(word), word).toBe(false);
  });

  it('picks quotation marks by language tag, English when the language is unknown', () => {
    expect(smartenTyped('"', quoteStyleFor('EN-gb'))?.insert).toBe('“');
    expect(smartenTyped('"', quoteStyleFor('pt-BR'))?.insert).toBe('“');
    expect(smartenTyped('"', quoteStyleFor('pt'))?.insert).toBe('«');
    expect(smartenTyped('"', quoteStyleFor('de-CH'))?.insert).toBe('«');
    expect(smartenTyped('"', quoteStyleFor('x-klingon'))?.insert).toBe('“');
    expect(smartenTyped('"', quoteStyleFor(undefined))?.insert).toBe('“');
  });
});
