import type { Article } from '../model/article';
import type { Block } from '../model/body';
import type { Check, CheckProblem } from './types';
import { describePath, inlineContainers, inlinesText, type InlineContainer } from './walk';

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}_])';

/** Markers writers leave for something still to come. */
const PATTERNS: readonly RegExp[] = [
  // TK, TKTK: upper case only, so words like "Tk" in a name are left alone.
  new RegExp(`${NOT_WORD_BEFORE}(?:TK)+${NOT_WORD_AFTER}`, 'gu'),
  new RegExp(`${NOT_WORD_BEFORE}X{3,}${NOT_WORD_AFTER}`, 'gu'),
  /\[\s*(?:tk+|tbc|tbd|insert\b[^\]]*|placeholder|x{2,}|\?+)\s*\]/giu,
  /\blorem\s+ipsum\b/giu,
];

/** The placeholder markers in a text, in order, each once. */
export function findPlaceholders(text: string): string[] {
  const found: { index: number; marker: string }[] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) found.push({ index: match.index, marker: match[0] });
  }
  found.sort((a, b) => a.index - b.index);
  return [...new Set(found.map((f) => f.marker))];
}

function describeMarkers(markers: readonly string[]): string {
  return markers.map((m) => `"${m}"`).join(', ');
}

const FIELDS: readonly [string, string, (a: Article) => string][] = [
  ['headline', 'the headline', (a) => a.metadata.headline],
  ['socialHeadline', 'the social headline', (a) => a.metadata.socialHeadline],
  ['standfirst', 'the standfirst', (a) => a.metadata.standfirst],
  ['bylines', 'the byline', (a) => a.metadata.bylines.map((b) => `${b.name} ${b.role}`).join('\n')],
  ['dateline', 'the dateline', (a) => `${a.metadata.dateline.place} ${a.metadata.dateline.date}`],
];

/** Text of the blocks that hold no inline content: images, embeds, link lists. */
function voidText(block: Block): string {
  switch (block.type) {
    case 'image':
      return [block.alt, block.caption, block.credit].join('\n');
    case 'embed':
      return block.title;
    case 'related-links':
      return [block.title, ...block.items.map((item) => item.title)].join('\n');
    default:
      return '';
  }
}

/** No TK, XXX, [TK], lorem ipsum or similar markers anywhere in the story. */
export const placeholdersCheck: Check = {
  id: 'placeholders',
  label: 'Placeholders',
  run(article) {
    const problems: CheckProblem[] = [];
    const report = (markers: string[], where: string, at: Pick<CheckProblem, 'path' | 'field'>) => {
      if (markers.length === 0) return;
      problems.push({
        check: 'placeholders',
        severity: 'blocking',
        message: `Placeholder ${describeMarkers(markers)} in ${where}.`,
        ...at,
      });
    };
    for (const [field, where, get] of FIELDS) report(findPlaceholders(get(article)), where, { field });
    const byBlock = new Map<number, InlineContainer[]>();
    for (const container of inlineContainers(article.body)) {
      const list = byBlock.get(container.path[0]!);
      if (list) list.push(container);
      else byBlock.set(container.path[0]!, [container]);
    }
    article.body.forEach((block, b) => {
      const inBlock = byBlock.get(b);
      if (!inBlock) {
        report(findPlaceholders(voidText(block)), describePath(article.body, [b]), { path: [b] });
        return;
      }
      for (const container of inBlock) {
        report(findPlaceholders(inlinesText(container.children)), describePath(article.body, container.path), {
          path: container.path,
        });
      }
    });
    return problems;
  },
};
