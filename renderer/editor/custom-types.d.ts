import type { BaseEditor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';
import type { Block, Inline, StyledText } from '../../shared/model/body';

type BlockOf<T extends Block['type']> = Extract<Block, { type: T }>;

/** A list's item: a block that only lives inside a list. */
export type ListItemElement = BlockOf<'bulleted-list' | 'numbered-list'>['children'][number];

/** Inline elements of the body: links and tagged quotes. */
export type InlineElement = Exclude<Inline, StyledText>;

export type ParagraphElement = BlockOf<'paragraph'>;
export type HeadingElement = BlockOf<'heading'>;
export type ListElement = BlockOf<'bulleted-list' | 'numbered-list'>;
export type QuoteBlockElement = BlockOf<'block-quote' | 'pull-quote'>;
export type ImageElement = BlockOf<'image'>;
export type DividerElement = BlockOf<'divider'>;
export type RelatedLinksElement = BlockOf<'related-links'>;
export type EmbedElement = BlockOf<'embed'>;
export type LinkElement = Extract<InlineElement, { type: 'link' }>;
export type InlineQuoteElement = Extract<InlineElement, { type: 'quote' }>;

/** Blocks that hold a line of text and inlines. */
export type TextBlockElement = ParagraphElement | HeadingElement | ListItemElement | QuoteBlockElement;

/** Blocks with no text of their own, edited through their own small forms. */
export type VoidElement = ImageElement | DividerElement | RelatedLinksElement | EmbedElement;

/** Every element the story editor holds, straight from the file schema. */
export type StoryElement = Block | ListItemElement | InlineElement;

/** What the story editor knows beyond Slate's own state. */
export interface StoryEditorExtras {
  /** The story's language tag (`en`, `fr-CH`, `ar`); typography follows it. */
  language?: string;
}

/** The editor type, with history and the DOM binding. */
export type StoryEditor = BaseEditor & ReactEditor & HistoryEditor & StoryEditorExtras;

declare module 'slate' {
  interface CustomTypes {
    Editor: StoryEditor;
    Element: StoryElement;
    Text: StyledText;
  }
}
