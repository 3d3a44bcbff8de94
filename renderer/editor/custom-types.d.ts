import type { BaseEditor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';
import type { Block, Inline, StyledText } from '../../shared/model/body';

/** A list's item: a block that only lives inside a list. */
export type ListItemElement = Extract<Block, { type: 'bulleted-list' | 'numbered-list' }>['children'][number];

/** Inline elements of the body: links and tagged quotes. */
export type InlineElement = Exclude<Inline, StyledText>;

/** Every element the story editor holds, straight from the file schema. */
export type StoryElement = Block | ListItemElement | InlineElement;

/** The editor type, with history and the DOM binding. */
export type StoryEditor = BaseEditor & ReactEditor & HistoryEditor;

declare module 'slate' {
  interface CustomTypes {
    Editor: StoryEditor;
    Element: StoryElement;
    Text: StyledText;
  }
}
