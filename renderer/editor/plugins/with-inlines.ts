import type { Editor } from 'slate';

/** Text typed at either edge of a link goes outside it, as in word processors. */
export function withInlines<E extends Editor>(editor: E): E {
  const { inlineEdgeAffinity } = editor;
  editor.inlineEdgeAffinity = (element, edge) => (element.type === 'link' ? 'outside' : inlineEdgeAffinity(element, edge));
  return editor;
}
