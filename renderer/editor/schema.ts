import type { StoryElement } from './custom-types';

type ElementType = StoryElement['type'];

/** Blocks with no editable text of their own. */
export const VOID_TYPES: ReadonlySet<ElementType> = new Set(['image', 'divider', 'related-links', 'embed']);

/** Elements that sit inside a line of text. */
export const INLINE_TYPES: ReadonlySet<ElementType> = new Set(['link', 'quote']);

/** Blocks whose children are text and inlines. */
export const TEXT_BLOCK_TYPES: ReadonlySet<ElementType> = new Set([
  'paragraph',
  'heading',
  'list-item',
  'block-quote',
  'pull-quote',
]);

/** Blocks that hold list items. */
export const LIST_TYPES: ReadonlySet<ElementType> = new Set(['bulleted-list', 'numbered-list']);

/** The properties each element type may carry besides `type` and `children`. */
export const ELEMENT_PROPS: Record<ElementType, readonly string[]> = {
  paragraph: [],
  heading: ['level'],
  'list-item': [],
  'bulleted-list': [],
  'numbered-list': [],
  'block-quote': ['quoteId', 'speakerId', 'taggedText'],
  'pull-quote': ['quoteId', 'speakerId', 'taggedText'],
  image: ['src', 'alt', 'caption', 'credit'],
  divider: [],
  'related-links': ['title', 'items'],
  embed: ['url', 'title'],
  link: ['url'],
  quote: ['quoteId', 'speakerId', 'taggedText'],
};

/** The marks a text run may carry. */
export const MARKS = ['bold', 'italic', 'strikethrough'] as const;
