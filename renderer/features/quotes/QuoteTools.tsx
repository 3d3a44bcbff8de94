import { useEffect, type RefObject } from 'react';
import { Editor, Range, Transforms } from 'slate';
import { ReactEditor, useSlateStatic } from 'slate-react';
import { IS_MAC, hotkeyMatcher } from '../../editor/hotkeys';
import { isQuoteBlock, quoteAt, quoteEntries, setQuoteSpeaker, tagQuote, untagQuote } from '../../editor/transforms/quotes';
import { takeDomSelection } from '../../editor/dom-selection';
import { below, useOverlayPosition } from '../../editor/ui/position';
import { useApp, useAppStore } from '../../store';
import type { QuoteTagger } from '../../store/quotes-slice';
import { addSpeaker } from './actions';
import { SpeakerPicker, type PickedSpeaker } from './SpeakerPicker';
import { useQuoteAnalysis } from './use-quote-analysis';
import './quotes.css';

/** The shortcut that tags the selection as a quote (⇧⌘Q logs out on a Mac, so ⌥⌘Q there). */
export const TAG_QUOTE_HOTKEY = IS_MAC ? 'mod+alt+q' : 'mod+shift+q';
const isTagQuote = hotkeyMatcher([TAG_QUOTE_HOTKEY]);
const POPOVER_WIDTH = 300;

/** Opens the speaker picker for the quote at the caret, or for the selected words. */
export function startTagging(editor: Editor, open: (tagger: QuoteTagger) => void): boolean {
  takeDomSelection(editor);
  const { selection } = editor;
  if (!selection || !Editor.hasPath(editor, selection.anchor.path) || !Editor.hasPath(editor, selection.focus.path)) return false;
  const existing = Range.isCollapsed(selection) ? quoteAt(editor) : undefined;
  if (existing) {
    open({ quoteId: existing[0].quoteId! });
    return true;
  }
  if (Range.isCollapsed(selection) && !Editor.above(editor, { match: isQuoteBlock })) {
    return false;
  }
  if (Range.isExpanded(selection) && Editor.string(editor, selection).trim() === '') return false;
  open({ range: selection });
  return true;
}

/** The selected words when they read as a person's name: a few capitalised words, no sentence. */
export function nameIn(text: string): string {
  const name = text.replace(/\s+/g, ' ').trim().replace(/^[“"'‘«„]+|[”"'’»,.;:]+$/gu, '');
  const words = name.split(' ');
  if (name === '' || words.length > 5 || name.length > 80 || /[.!?:;“”"«»]/u.test(name.slice(0, -1))) return '';
  const first = name.match(/\p{L}/u)?.[0];
  if (!first) return '';
  // Scripts without capitals (Arabic, Hebrew) cannot be told by case.
  const cased = first.toLowerCase() !== first.toUpperCase();
  return !cased || first === first.toUpperCase() ? name : '';
}

/** The picker over the body that tags words or changes a quote's speaker. */
function TagPopover({ surface, tagger }: { surface: RefObject<HTMLDivElement | null>; tagger: QuoteTagger }) {
  const editor = useSlateStatic();
  const store = useAppStore();
  const cast = useApp((s) => s.story?.article.speakers ?? []);
  const close = useApp((s) => s.closeQuoteTagger);
  const analysis = useApp((s) => s.quoteAnalysis);
  const entry = tagger.quoteId ? quoteEntries(editor, tagger.quoteId)[0] : undefined;

  // The speaker the text suggests for the selected words, offered first.
  let suggested: string | null = null;
  if (tagger.range && analysis) {
    const [start] = Range.edges(tagger.range);
    const inside = (p: number[]) => p.every((v, i) => start.path[i] === v);
    suggested = analysis.suggestions.find((s) => s.speakerName && inside(s.path))?.speakerName ?? null;
  }

  const name = tagger.range ? nameIn(Editor.string(editor, tagger.range)) : '';
  const addAsSpeaker = () => {
    const id = addSpeaker(store, { fullName: name });
    close();
    const state = store.getState();
    state.setPanel('quotes');
    state.setEditingSpeaker(id);
  };

  const key = tagger.quoteId ?? JSON.stringify(tagger.range);
  const position = useOverlayPosition(surface, key, (el) => {
    try {
      if (tagger.quoteId) {
        const found = quoteEntries(editor, tagger.quoteId)[0];
        return found ? below(ReactEditor.toDOMNode(editor, found[0]).getBoundingClientRect(), el, POPOVER_WIDTH) : null;
      }
      const rect = ReactEditor.toDOMRange(editor, tagger.range!).getBoundingClientRect();
      return below(rect, el, POPOVER_WIDTH);
    } catch {
      return null;
    }
  });

  const finish = () => {
    close();
    ReactEditor.focus(editor);
  };
  const onPick = (picked: PickedSpeaker) => {
    const speakerId = 'id' in picked ? picked.id : addSpeaker(store, { fullName: picked.newName });
    if (speakerId === null) return;
    if (tagger.quoteId) {
      setQuoteSpeaker(editor, tagger.quoteId, speakerId);
    } else if (tagger.range && Editor.hasPath(editor, tagger.range.anchor.path) && Editor.hasPath(editor, tagger.range.focus.path)) {
      Transforms.select(editor, tagger.range);
      tagQuote(editor, speakerId);
    }
    finish();
  };

  if (tagger.quoteId && !entry) return null;
  return (
    <div
      className="quote-popover"
      role="dialog"
      aria-label={tagger.quoteId ? 'Change quote tag' : 'Tag quote'}
      style={{ top: position?.top ?? 0, left: position?.left ?? 0, visibility: position ? 'visible' : 'hidden' }}
      onKeyDown={(e) => e.key === 'Escape' && finish()}
    >
      <div className="quote-popover__title">{tagger.quoteId ? 'Who said this?' : 'Tag as a quote of…'}</div>
      <SpeakerPicker cast={cast} current={entry?.[0].speakerId ?? null} suggested={suggested} onPick={onPick} onCancel={finish} />
      {name && (
        <div className="quote-popover__footer">
          <button type="button" className="button button--small button--quiet" onClick={addAsSpeaker}>
            Add “{name}” as speaker
          </button>
        </div>
      )}
      {tagger.quoteId && (
        <div className="quote-popover__footer">
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => {
              untagQuote(editor, tagger.quoteId);
              finish();
            }}
          >
            Remove tag
          </button>
        </div>
      )}
    </div>
  );
}

/**
 * Quotes in the body: keeps suggestions fresh and underlined, tags the selection on
 * the shortcut, and shows the speaker picker. Lives inside the editor surface.
 */
export function QuoteTools({ surface }: { surface: RefObject<HTMLDivElement | null> }) {
  useQuoteAnalysis();
  const editor = useSlateStatic();
  const tagger = useApp((s) => s.quoteTagger);
  const open = useApp((s) => s.openQuoteTagger);
  const close = useApp((s) => s.closeQuoteTagger);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isTagQuote(event)) return;
      const el = ReactEditor.toDOMNode(editor, editor);
      if (!el.contains(document.activeElement)) return;
      event.preventDefault();
      startTagging(editor, open);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editor, open]);

  useEffect(() => close, [close]);
  return tagger ? <TagPopover key={tagger.quoteId ?? JSON.stringify(tagger.range)} surface={surface} tagger={tagger} /> : null;
}
