import type { Block, RelatedLink } from './body';
import {
  cleanText,
  collapseSpaces,
  detectScript,
  isRelatedMarker,
  MAX_RELATED_ITEMS,
  readLinkLine,
  relatedLinksBlock,
  type ImportedStory,
} from './import-story';

/** Lines of one blank-line-separated chunk of the text. */
type Group = string[];

const SECTION_MAX_CHARS = 40;
const SECTION_MAX_WORDS = 3;
const HEADLINE_MAX_CHARS = 300;

function splitGroups(lines: string[]): Group[] {
  const groups: Group[] = [];
  let current: Group = [];
  for (const line of lines) {
    if (line === '') {
      if (current.length) groups.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length) groups.push(current);
  return groups;
}

function isSectionLike(line: string): boolean {
  const words = line.split(' ').filter(Boolean).length;
  return line.length <= SECTION_MAX_CHARS && words <= SECTION_MAX_WORDS && !/[.!?;,،؛؟:]$/.test(line);
}

function isHeadlineLike(group: Group | undefined): boolean {
  return (
    group !== undefined && group.length === 1 && group[0]!.length <= HEADLINE_MAX_CHARS && !isRelatedMarker(group[0]!)
  );
}

function sameLine(a: string, b: string): boolean {
  const fold = (s: string) => collapseSpaces(s).normalize('NFC').toLowerCase().replace(/[.\s]+$/, '');
  return fold(a) === fold(b);
}

/** Cuts a trailing "Our readers are reading too" line, and any link lines after it, off the body groups. */
function splitTrailer(groups: Group[]): { body: Group[]; related: Block | null } {
  for (let k = groups.length - 1; k >= 0; k--) {
    const group = groups[k]!;
    const [first, ...others] = group;
    if (first !== undefined && isRelatedMarker(first)) {
      const linkLines = [...others, ...groups.slice(k + 1).flat()];
      const items = linkLines.map(readLinkLine);
      if (items.every((item): item is RelatedLink => item !== null) && items.length <= MAX_RELATED_ITEMS) {
        return { body: groups.slice(0, k), related: relatedLinksBlock(first, items) };
      }
      break;
    }
    if (!group.every((line) => readLinkLine(line) !== null)) break;
  }
  return { body: groups, related: null };
}

/**
 * Reads a plain-text story: an optional short section line, the headline (a repeated
 * headline line counts once), blank-line-separated paragraphs, and an optional closing
 * "Our readers are reading too" line that becomes a related-links block.
 */
export function parsePlainTextStory(text: string): ImportedStory {
  const lines = cleanText(text)
    .split('\n')
    .map((line) => collapseSpaces(line));
  let groups = splitGroups(lines);

  // Text without any blank line keeps one paragraph per line.
  if (groups.length === 1 && groups[0]!.length > 1) groups = groups[0]!.map((line) => [line]);

  // "Section\nHeadline" written without a blank line between them.
  const head = groups[0];
  const splitHead =
    head !== undefined &&
    head.length >= 2 &&
    head.length <= 3 &&
    isSectionLike(head[0]!) &&
    isHeadlineLike([head[1]!]) &&
    !head[1]!.endsWith('.');
  if (head && splitHead) {
    groups = [[head[0]!], [head[1]!], ...(head.length === 3 ? [[head[2]!]] : []), ...groups.slice(1)];
  }

  let index = 0;
  let section = '';
  let headline = '';
  const [first, second] = groups;
  if (
    groups.length >= 3 &&
    isHeadlineLike(first) &&
    isSectionLike(first![0]!) &&
    isHeadlineLike(second) &&
    !second![0]!.endsWith('.') &&
    !sameLine(first![0]!, second![0]!)
  ) {
    section = groups[0]![0]!;
    index = 1;
  }
  if (isHeadlineLike(groups[index])) {
    headline = groups[index]![0]!;
    index++;
    while (isHeadlineLike(groups[index]) && sameLine(groups[index]![0]!, headline)) index++;
  }

  const { body: bodyGroups, related } = splitTrailer(groups.slice(index));
  const body: Block[] = bodyGroups.map((group) => ({ type: 'paragraph', children: [{ text: group.join(' ') }] }));
  if (related) body.push(related);

  const script = detectScript([headline, ...bodyGroups.flat()].join('\n'));
  return { headline, section, ...script, body };
}
