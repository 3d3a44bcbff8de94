import { createEditor, Editor, Node, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { withSchema } from '../../../renderer/editor/with-schema';
import { bodySchema } from '../../../shared/model/body';

/** Loads `value` without checks, normalizes everything, and returns the result. */
function normalized(value: unknown[]): Descendant[] {
  const editor = withSchema(createEditor());
  editor.children = value as Descendant[];
  Editor.normalize(editor, { force: true });
  return editor.children;
}

const textOf = (nodes: Descendant[]) => nodes.map((n) => Node.string(n)).join('|');

describe('withSchema', () => {
  const cases: [string, unknown[]][] = [
    ['an empty document', []],
    ['text at the top level', [{ text: 'Loose words' }]],
    ['a list item outside a list', [{ type: 'list-item', children: [{ text: 'Stray item' }] }]],
    [
      'a paragraph inside a list',
      [{ type: 'bulleted-list', children: [{ type: 'paragraph', children: [{ text: 'One' }] }, { text: 'Two' }] }],
    ],
    ['a paragraph inside a paragraph', [{ type: 'paragraph', children: [{ type: 'paragraph', children: [{ text: 'Inner' }] }] }]],
    ['an unknown block type', [{ type: 'table', children: [{ text: 'Cell' }] }]],
    ['unknown properties and false marks', [{ type: 'paragraph', align: 'center', children: [{ text: 'Odd', underline: true, bold: false }] }]],
    ['a void whose text has marks', [{ type: 'divider', children: [{ text: '', bold: false, font: 'x' }] }]],
    ['a void with text inside', [{ type: 'divider', children: [{ text: 'should not be here' }, { text: 'x' }] }]],
    [
      'a link inside a link',
      [
        {
          type: 'paragraph',
          children: [
            { text: 'See ' },
            { type: 'link', url: 'https://example.com', children: [{ type: 'link', url: 'https://example.org', children: [{ text: 'both' }] }] },
            { text: '' },
          ],
        },
      ],
    ],
    ['a heading turned into a list item keeps no level', [{ type: 'numbered-list', children: [{ type: 'heading', level: 2, children: [{ text: 'H' }] }] }]],
  ];

  it.each(cases)('makes %s valid for the file schema', (_name, value) => {
    const result = normalized(value);
    const parsed = bodySchema.safeParse(result);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 2))).toBe(true);
  });

  it('keeps the words when it restructures', () => {
    expect(textOf(normalized([{ text: 'Loose words' }]))).toBe('Loose words');
    expect(textOf(normalized([{ type: 'paragraph', children: [{ type: 'paragraph', children: [{ text: 'Inner' }] }] }]))).toBe('Inner');
    expect(
      textOf(normalized([{ type: 'bulleted-list', children: [{ type: 'paragraph', children: [{ text: 'One' }] }, { text: 'Two' }] }])),
    ).toBe('OneTwo');
  });

  it('leaves a valid body exactly as it was', () => {
    const body = [
      { type: 'heading', level: 2, children: [{ text: 'Title' }] },
      { type: 'paragraph', children: [{ text: 'Plain ' }, { text: 'bold', bold: true }, { text: '.' }] },
      { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'A' }] }] },
      { type: 'divider', children: [{ text: '' }] },
    ];
    expect(normalized(structuredClone(body))).toEqual(body);
  });
});
