import { useCallback, useEffect, useMemo, useState } from 'react';
import { Editor, Point, Range, Transforms, type BaseRange, type NodeEntry } from 'slate';
import { ReactEditor, useSlateSelector, useSlateStatic } from 'slate-react';
import { findAll, replaceAll, replaceMatch } from '../transforms/replace';
import { decorateNothing, findDecorator } from './decorate';
import type { SearchOptions } from './search';

/** Quiet time after an edit before matches are counted again. */
const RECOUNT_DELAY_MS = 200;

/** The find bar's fields. */
export interface FindFields extends SearchOptions {
  query: string;
  replacement: string;
}

/** Everything the find bar shows and does. */
export interface FindController {
  open: boolean;
  showReplace: boolean;
  fields: FindFields;
  /** Bumps each time the bar is asked to take focus. */
  focusRequest: number;
  matches: BaseRange[];
  /** Index of the current match, or -1. */
  current: number;
  /** A short note after replacing ("Replaced 4"). */
  note: string;
  decorate: (entry: NodeEntry) => BaseRange[];
  setFields: (patch: Partial<FindFields>) => void;
  show: (replace: boolean) => void;
  close: () => void;
  next: () => void;
  previous: () => void;
  replaceOne: () => void;
  replaceEvery: () => void;
}

/** The first match at or after the caret, so a search starts where the writer is. */
function firstFromCaret(editor: Editor, found: BaseRange[]): number {
  const at = editor.selection ? Range.start(editor.selection) : null;
  if (!at) return 0;
  const i = found.findIndex((m) => !Point.isBefore(Range.start(m), at));
  return i === -1 ? 0 : i;
}

function scrollToRange(editor: Editor, range: BaseRange): void {
  try {
    const dom = ReactEditor.toDOMRange(editor, range);
    const target = dom.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', inline: 'nearest' });
  } catch {
    // The match is not on screen as DOM (yet); nothing to scroll to.
  }
}

/** State and actions of the find-and-replace bar over the whole story body. */
export function useFind(): FindController {
  const editor = useSlateStatic();
  const [open, setOpen] = useState(false);
  const [showReplace, setShowReplace] = useState(false);
  const [fields, setFieldsState] = useState<FindFields>({ query: '', replacement: '', matchCase: false, wholeWord: false });
  const [focusRequest, setFocusRequest] = useState(0);
  // A number once the writer moves between matches; until then, the first match from the caret.
  const [current, setCurrent] = useState<number | 'from-caret'>('from-caret');
  const [note, setNote] = useState('');

  // Matches are counted again a moment after the text stops changing, never on each keystroke.
  const children = useSlateSelector((e) => (open ? e.children : null));
  const [settled, setSettled] = useState(children);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(children), RECOUNT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [children]);

  const { query, matchCase, wholeWord } = fields;
  const matches = useMemo(
    () => (open && settled ? findAll(editor, query, { matchCase, wholeWord }) : []),
    [editor, open, settled, query, matchCase, wholeWord],
  );
  const fromCaret = useMemo(() => firstFromCaret(editor, matches), [editor, matches]);
  const wanted = current === 'from-caret' ? fromCaret : current;
  const index = matches.length === 0 ? -1 : Math.min(Math.max(wanted, 0), matches.length - 1);
  const currentRange = index >= 0 ? (matches[index] ?? null) : null;

  const decorate = useMemo(
    () => (open ? findDecorator(query, { matchCase, wholeWord }, currentRange) : decorateNothing),
    [open, query, matchCase, wholeWord, currentRange],
  );

  const go = useCallback(
    (to: number) => {
      if (matches.length === 0) return;
      const wrapped = (to + matches.length) % matches.length;
      setCurrent(wrapped);
      const range = matches[wrapped]!;
      Transforms.select(editor, range);
      scrollToRange(editor, range);
    },
    [editor, matches],
  );

  const setFields = useCallback((patch: Partial<FindFields>) => {
    setNote('');
    setFieldsState((prev) => ({ ...prev, ...patch }));
    if (patch.query !== undefined || patch.matchCase !== undefined || patch.wholeWord !== undefined) setCurrent('from-caret');
  }, []);

  const show = useCallback(
    (replace: boolean) => {
      const { selection } = editor;
      setOpen(true);
      setShowReplace((was) => replace || was);
      setFocusRequest((n) => n + 1);
      setNote('');
      setSettled(editor.children);
      if (selection && Range.isExpanded(selection)) {
        const text = Editor.string(editor, selection);
        if (text.length <= 200 && !text.includes('\n')) setFieldsState((prev) => ({ ...prev, query: text }));
      }
      setCurrent('from-caret');
    },
    [editor],
  );

  const close = useCallback(() => {
    setOpen(false);
    setNote('');
    ReactEditor.focus(editor);
  }, [editor]);

  const replaceOne = useCallback(() => {
    if (!currentRange) return;
    replaceMatch(editor, currentRange, fields.replacement);
    const after = findAll(editor, query, { matchCase, wholeWord });
    setSettled(editor.children);
    setNote('Replaced 1');
    if (after.length > 0) {
      const nextIndex = Math.min(index, after.length - 1);
      setCurrent(nextIndex);
      scrollToRange(editor, after[nextIndex]!);
    }
  }, [editor, currentRange, fields.replacement, query, matchCase, wholeWord, index]);

  const replaceEvery = useCallback(() => {
    const count = replaceAll(editor, query, fields.replacement, { matchCase, wholeWord });
    setSettled(editor.children);
    setCurrent('from-caret');
    setNote(count === 1 ? 'Replaced 1' : `Replaced ${count}`);
  }, [editor, query, fields.replacement, matchCase, wholeWord]);

  return {
    open,
    showReplace,
    fields,
    focusRequest,
    matches,
    current: index,
    note,
    decorate,
    setFields,
    show,
    close,
    next: () => go(index + 1),
    previous: () => go(index - 1),
    replaceOne,
    replaceEvery,
  };
}
