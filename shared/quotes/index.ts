export { detectQuotes } from './detect';
export { scanQuoteMarks, type MarkIssue, type MarkScan, type QuotedSpan } from './marks';
export { splitSentences } from './sentences';
export { personName } from './speakers';
export type { DetectOptions, KnownSpeaker, QuoteSuggestion, SuggestedSpeaker, TextSpan } from './types';
export { storyQuoteRows, textQuoteRows, type QuoteRow } from './report';
export { BLOCK_SEPARATOR, locateOffset, storyQuoteText, type StoryQuoteText, type TaggedQuoteSpan, type TextContainer } from './story-text';
export { quotesOf, taggedAlready, type FoundQuotes } from './found';
