import { Editor, Element, Node, Text, Transforms, type NodeEntry, type Operation, type Path } from 'slate';
import { textSchema } from '../../shared/model/body';
import type { StoryElement } from './custom-types';
import { ELEMENT_PROPS, INLINE_TYPES, LIST_TYPES, MARKS, TEXT_BLOCK_TYPES, VOID_TYPES } from './schema';

/** Comment anchors on a text run: a non-empty list of ids. */
function isCommentIds(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0 && value.every((id) => typeof id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(id));
}

/** A tracked-change mark as the file schema has it. */
function isSuggestionMark(value: unknown): boolean {
  return textSchema.shape.suggestion.safeParse(value).success;
}

const paragraph = (): StoryElement => ({ type: 'paragraph', children: [] });

/** Keys on `node` that its type does not allow. */
function extraKeys(node: StoryElement): string[] {
  const allowed = ELEMENT_PROPS[node.type];
  return Object.keys(node).filter((k) => k !== 'type' && k !== 'children' && !allowed.includes(k));
}

/** Turns the block at `path` into a `type` block, dropping properties the new type does not have. */
function retype(editor: Editor, path: Path, node: StoryElement, type: 'paragraph' | 'list-item'): void {
  const drop = Object.keys(node).filter((k) => k !== 'type' && k !== 'children');
  Editor.withoutNormalizing(editor, () => {
    if (drop.length > 0) Transforms.unsetNodes(editor, drop, { at: path });
    Transforms.setNodes(editor, { type }, { at: path });
  });
}

/** Fixes one problem at `entry`; true when something changed (Slate then normalizes again). */
function fix(editor: Editor, [node, path]: NodeEntry): boolean {
  if (Text.isText(node)) {
    const bad = Object.keys(node).filter(
      (k) =>
        k !== 'text' &&
        !(k === 'comments' && isCommentIds(node.comments)) &&
        !(k === 'suggestion' && isSuggestionMark(node.suggestion)) &&
        (!(MARKS as readonly string[]).includes(k) || (node as Record<string, unknown>)[k] !== true),
    );
    if (bad.length === 0) return false;
    Transforms.unsetNodes(editor, bad, { at: path, voids: true });
    return true;
  }

  if (Editor.isEditor(node)) {
    if (node.children.length === 0) {
      Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at: [0] });
      return true;
    }
    for (const [child, childPath] of Node.children(editor, path)) {
      if (Text.isText(child) || (Element.isElement(child) && INLINE_TYPES.has(child.type))) {
        Transforms.wrapNodes(editor, paragraph(), { at: childPath });
        return true;
      }
      if (Element.isElement(child) && child.type === 'list-item') {
        retype(editor, childPath, child, 'paragraph');
        return true;
      }
    }
    return false;
  }

  if (!Element.isElement(node)) return false;

  if (!Object.prototype.hasOwnProperty.call(ELEMENT_PROPS, node.type)) {
    if (path.length > 1) Transforms.unwrapNodes(editor, { at: path });
    else retype(editor, path, node, 'paragraph');
    return true;
  }

  const extra = extraKeys(node);
  if (extra.length > 0) {
    Transforms.unsetNodes(editor, extra, { at: path, voids: true });
    return true;
  }

  if (LIST_TYPES.has(node.type)) {
    for (const [child, childPath] of Node.children(editor, path)) {
      if (Text.isText(child) || (Element.isElement(child) && INLINE_TYPES.has(child.type))) {
        Transforms.wrapNodes(editor, { type: 'list-item', children: [] }, { at: childPath });
        return true;
      }
      if (Element.isElement(child) && LIST_TYPES.has(child.type)) {
        Transforms.unwrapNodes(editor, { at: childPath });
        return true;
      }
      if (Element.isElement(child) && child.type !== 'list-item') {
        if (TEXT_BLOCK_TYPES.has(child.type)) retype(editor, childPath, child, 'list-item');
        else Transforms.removeNodes(editor, { at: childPath });
        return true;
      }
    }
    return false;
  }

  if (VOID_TYPES.has(node.type)) {
    const only = node.children[0];
    if (node.children.length === 1 && Text.isText(only) && only.text === '' && Object.keys(only).length === 1) return false;
    Editor.withoutNormalizing(editor, () => {
      for (let i = node.children.length - 1; i >= 0; i--) Transforms.removeNodes(editor, { at: [...path, i], voids: true });
      Transforms.insertNodes(editor, { text: '' }, { at: [...path, 0], voids: true });
    });
    return true;
  }

  if (TEXT_BLOCK_TYPES.has(node.type) || INLINE_TYPES.has(node.type)) {
    for (const [child, childPath] of Node.children(editor, path)) {
      if (!Element.isElement(child)) continue;
      const nestedBlock = !INLINE_TYPES.has(child.type);
      const nestedInline = node.type === 'link' || (node.type === 'quote' && child.type === 'quote');
      if (nestedBlock || nestedInline) {
        Transforms.unwrapNodes(editor, { at: childPath });
        return true;
      }
    }
  }
  return false;
}

/** True when `op` cannot have changed which nodes sit at the top level of the body. */
function keepsTopLevel(op: Operation): boolean {
  switch (op.type) {
    case 'insert_text':
    case 'remove_text':
    case 'set_selection':
      return true;
    case 'move_node':
      return op.path.length > 1 && op.newPath.length > 1;
    default:
      return op.path.length > 1;
  }
}

/** Keeps the value valid for the story file schema: element types, their properties, marks and nesting. */
export function withSchema<E extends Editor>(editor: E): E {
  const { isInline, isVoid, normalizeNode } = editor;
  editor.isInline = (element) => INLINE_TYPES.has(element.type) || isInline(element);
  editor.isVoid = (element) => VOID_TYPES.has(element.type) || isVoid(element);
  const { apply } = editor;
  // Whether an operation since the top level was last looked at could have changed it.
  let topLevelTouched = true;
  editor.apply = (op) => {
    if (!keepsTopLevel(op)) topLevelTouched = true;
    apply(op);
  };
  editor.normalizeNode = (entry, options) => {
    if (Editor.isEditor(entry[0])) {
      // Every edit dirties the editor node; looking over all its blocks on each keystroke costs a long story dearly.
      if (!topLevelTouched && !options?.force) return;
      topLevelTouched = false;
    }
    if (fix(editor, entry)) return;
    normalizeNode(entry, options);
  };
  return editor;
}
