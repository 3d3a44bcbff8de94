import { Editor, Range, Transforms, type BaseRange, type NodeEntry, type Path } from 'slate';
import { isSafeUrl } from '../../../shared/model/body';
import type { LinkElement } from '../custom-types';
import { isLink } from '../queries';
import { displayUrl } from '../url';

/** The link around the selection's focus (or `at`), if any. */
export function activeLink(editor: Editor, at?: BaseRange | Path): NodeEntry<LinkElement> | undefined {
  const location = at ?? editor.selection;
  if (!location) return undefined;
  return Editor.above(editor, { at: location, match: isLink, mode: 'lowest' });
}

/**
 * Links the selected text (or `at`) to `url`. An expanded selection becomes the link's text;
 * a caret inside a link changes that link; a caret elsewhere inserts the URL as linked text.
 * False, and nothing changes, unless `url` is an http, https or mailto URL.
 */
export function wrapLink(editor: Editor, url: string, at?: BaseRange): boolean {
  if (!isSafeUrl(url)) return false;
  const range = at ?? editor.selection;
  if (!range) return false;
  if (Range.isCollapsed(range)) {
    const existing = activeLink(editor, range);
    if (existing) {
      Transforms.setNodes(editor, { url }, { at: existing[1] });
      return true;
    }
    const link: LinkElement = { type: 'link', url, children: [{ text: displayUrl(url) }] };
    Transforms.select(editor, range);
    Transforms.insertNodes(editor, link);
    return true;
  }
  Editor.withoutNormalizing(editor, () => {
    const ref = Editor.rangeRef(editor, range, { affinity: 'inward' });
    Transforms.unwrapNodes(editor, { at: range, match: isLink, split: true });
    if (ref.current) Transforms.wrapNodes(editor, { type: 'link', url, children: [] }, { at: ref.current, split: true });
    const done = ref.unref();
    if (done) {
      Transforms.select(editor, done);
      Transforms.collapse(editor, { edge: 'end' });
    }
  });
  return true;
}

/** Removes the links in the selection (or at `at`), keeping their text. */
export function unwrapLink(editor: Editor, at?: BaseRange | Path): void {
  const location = at ?? editor.selection;
  if (!location) return;
  Transforms.unwrapNodes(editor, { at: location, match: isLink, split: Range.isRange(location) && Range.isExpanded(location) });
}

/** Points the link at `path` to `url`; false, and nothing changes, for an unsafe URL. */
export function updateLink(editor: Editor, path: Path, url: string): boolean {
  if (!isSafeUrl(url)) return false;
  Transforms.setNodes(editor, { url }, { at: path, match: isLink });
  return true;
}
