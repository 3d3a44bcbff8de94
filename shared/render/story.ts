import type { Article, Metadata, Speaker } from '../model/article';
import type { Block, Inline } from '../model/body';
import { isBlank } from './text';
import { inlineText } from '../model/text';

/** The headline to show; a blank one reads "Untitled" (a page needs a title and an `<h1>`). */
export function displayHeadline(metadata: Pick<Metadata, 'headline'>): string {
  return isBlank(metadata.headline) ? 'Untitled' : metadata.headline;
}

/** The story's speakers by id. */
export function speakerIndex(article: Pick<Article, 'speakers'>): Map<string, Speaker> {
  return new Map(article.speakers.map((speaker) => [speaker.id, speaker]));
}

/** The name to print for a speaker: full name, else short name. */
export function speakerName(speaker: Speaker): string {
  return isBlank(speaker.fullName) ? speaker.shortName : speaker.fullName;
}

/** "role, organisation", leaving out whichever is blank; `separator` is the language's comma. */
export function speakerTitle(speaker: Speaker, separator = ', '): string {
  return [speaker.role, speaker.organisation].filter((part) => !isBlank(part)).join(separator);
}

const FRAGMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The page-local id of a speaker's entry in the JSON-LD (`speaker-<id>`), or null for an unusable id. */
export function speakerAnchor(id: string): string | null {
  return FRAGMENT_ID.test(id) ? `speaker-${id}` : null;
}

/** One quotation of the story, in reading order. */
export interface StoryQuote {
  quoteId: string | null;
  text: string;
  speaker: Speaker | null;
  kind: 'inline' | 'block-quote' | 'pull-quote';
}

function inlineQuotes(nodes: readonly Inline[], speakers: Map<string, Speaker>, out: StoryQuote[]): void {
  for (const node of nodes) {
    if (!('type' in node) || node.type !== 'quote') continue;
    out.push({
      quoteId: node.quoteId,
      text: inlineText(node.children),
      speaker: node.speakerId === null ? null : (speakers.get(node.speakerId) ?? null),
      kind: 'inline',
    });
  }
}

/** Every quotation of the body (tagged inline quotes, block and pull quotes) with its speaker. */
export function storyQuotes(article: Pick<Article, 'speakers' | 'body'>): StoryQuote[] {
  const speakers = speakerIndex(article);
  const out: StoryQuote[] = [];
  for (const block of article.body) {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        inlineQuotes(block.children, speakers, out);
        break;
      case 'bulleted-list':
      case 'numbered-list':
        for (const item of block.children) inlineQuotes(item.children, speakers, out);
        break;
      case 'block-quote':
      case 'pull-quote': {
        inlineQuotes(block.children, speakers, out);
        const speakerId = block.speakerId ?? null;
        out.push({
          quoteId: block.quoteId ?? null,
          text: inlineText(block.children),
          speaker: speakerId === null ? null : (speakers.get(speakerId) ?? null),
          kind: block.type,
        });
        break;
      }
      default:
        break;
    }
  }
  return out.filter((quote) => !isBlank(quote.text));
}

/** Author names of the byline, blanks left out. */
export function authorNames(metadata: Pick<Metadata, 'bylines'>): string[] {
  return metadata.bylines.map((b) => b.name).filter((name) => !isBlank(name));
}

/** Keyword tags, blanks left out. */
export function keywords(metadata: Pick<Metadata, 'tags'>): string[] {
  return metadata.tags.filter((tag) => !isBlank(tag));
}

/** True for a body block that renders nothing visible. */
export function isEmptyBlock(block: Block): boolean {
  switch (block.type) {
    case 'paragraph':
    case 'block-quote':
    case 'pull-quote':
      return inlineText(block.children) === '';
    case 'heading':
      return isBlank(inlineText(block.children));
    case 'bulleted-list':
    case 'numbered-list':
      return block.children.every((item) => inlineText(item.children) === '');
    default:
      return false;
  }
}

/** "Place" of the dateline, plus its date when that date is free text rather than a date. */
export function datelineText(metadata: Pick<Metadata, 'dateline'>, dateIsIso: boolean): string {
  const parts = [metadata.dateline.place];
  if (!dateIsIso) parts.push(metadata.dateline.date);
  return parts.filter((part) => !isBlank(part)).join(', ');
}

/** Heading levels as written, except that an `h3` before any `h2` moves up, so levels never skip. */
export class HeadingLevels {
  private seenH2 = false;

  /** The level to write for the next heading, which asked for `requested`. */
  level(requested: 2 | 3): 2 | 3 {
    if (requested === 2 || !this.seenH2) {
      this.seenH2 = true;
      return 2;
    }
    return 3;
  }
}
