import type { Article, Person } from '../model/article';
import type { Block, Inline, StyledText, SuggestionMark } from '../model/body';

/** One pending tracked change of the body: its runs joined, in text order. */
export interface PendingSuggestion {
  id: string;
  kind: SuggestionMark['kind'];
  by: Person;
  at: string;
  text: string;
}

type Node = Block | Inline | StyledText;

function isText(node: Node): node is StyledText {
  return 'text' in node && !('children' in node);
}

/** Elements that sit inside a line of text rather than make one. */
const INLINE_TYPES = new Set(['link', 'quote']);

/** Visits every text run with a key of the line (paragraph, heading, list item…) it is in. */
function eachText(nodes: readonly Node[], visit: (leaf: StyledText, line: string) => void, line = ''): void {
  nodes.forEach((node, i) => {
    if (isText(node)) visit(node, line);
    else if ('children' in node) {
      const inline = 'type' in node && INLINE_TYPES.has(node.type);
      eachText(node.children as Node[], visit, inline ? line : `${line}/${i}`);
    }
  });
}

/** What stands for a paragraph break inside the text of one suggestion. */
export const PARAGRAPH_BREAK = ' ¶ ';

/** The tracked changes still marked in the body of `article`, one per suggestion id, in text order. */
export function pendingSuggestions(article: Pick<Article, 'body'>): PendingSuggestion[] {
  const byId = new Map<string, PendingSuggestion>();
  const lastLine = new Map<string, string>();
  eachText(article.body, (leaf, line) => {
    const mark = leaf.suggestion;
    if (!mark) return;
    const known = byId.get(mark.id);
    // A change running over several paragraphs reads with its breaks.
    if (known) known.text += (lastLine.get(mark.id) === line ? '' : PARAGRAPH_BREAK) + leaf.text;
    else byId.set(mark.id, { id: mark.id, kind: mark.kind, by: mark.by, at: mark.at, text: leaf.text });
    lastLine.set(mark.id, line);
  });
  return [...byId.values()];
}

/** Top-level blocks that hold a line of text and can be joined into one. */
const JOINABLE_BLOCKS = new Set(['paragraph', 'heading', 'block-quote', 'pull-quote']);

/**
 * The top-level blocks to join to the block before them, last first, once the text of
 * the suggestions `removed` matches has gone: a suggestion that ran over paragraphs (a
 * deletion across them, a pasted run of them) leaves one paragraph, as the plain edit
 * would have. Blocks of other kinds (lists, images) between are left where they are.
 */
export function blockJoins(body: readonly Block[], removed: (mark: SuggestionMark) => boolean): number[] {
  const spans = new Map<string, { first: number; last: number }>();
  body.forEach((block, index) => {
    eachText([block], (leaf) => {
      const mark = leaf.suggestion;
      if (!mark || !removed(mark)) return;
      const span = spans.get(mark.id);
      if (span) span.last = index;
      else spans.set(mark.id, { first: index, last: index });
    });
  });
  const joins = new Set<number>();
  for (const { first, last } of spans.values()) {
    for (let k = first + 1; k <= last; k++) {
      if (JOINABLE_BLOCKS.has(body[k - 1]!.type) && JOINABLE_BLOCKS.has(body[k]!.type)) joins.add(k);
    }
  }
  return [...joins].sort((a, b) => b - a);
}

function rejectIn<T extends Node>(nodes: readonly T[]): T[] {
  const out: T[] = [];
  for (const node of nodes) {
    if (isText(node)) {
      if (!node.suggestion) out.push(node);
      else if (node.suggestion.kind === 'delete') {
        const { suggestion: _mark, ...rest } = node;
        out.push(rest as T);
      }
    } else if ('children' in node) {
      const children = rejectIn(node.children as Node[]);
      // A block or inline keeps at least one run, as the schema asks.
      out.push({ ...node, children: children.length > 0 ? children : [{ text: '' }] });
    } else out.push(node);
  }
  return out;
}

/**
 * `article` as if every pending suggestion were rejected: inserted text goes,
 * deleted text stays, unmarked. What exports render, so nothing unreviewed is published.
 */
export function withoutPendingSuggestions(article: Article): Article {
  // The page, its fragment and its metadata each ask for the same story in turn (stories are
  // never changed in place, so the answer holds for the object).
  const known = WITHOUT_PENDING.get(article);
  if (known) return known;
  let clean = article;
  if (hasPendingSuggestions(article.body)) {
    const body = rejectIn(article.body);
    const sources = body.map((_, index) => index);
    for (const k of blockJoins(article.body, (mark) => mark.kind === 'insert')) {
      const [before, after] = [body[k - 1] as Block & { children: Node[] }, body[k] as Block & { children: Node[] }];
      body.splice(k - 1, 2, { ...before, children: [...before.children, ...after.children] } as Block);
      sources.splice(k, 1);
    }
    SOURCE_BLOCKS.set(body, sources);
    clean = { ...article, body };
  }
  WITHOUT_PENDING.set(article, clean);
  WITHOUT_PENDING.set(clean, clean);
  return clean;
}

const WITHOUT_PENDING = new WeakMap<Article, Article>();
const SOURCE_BLOCKS = new WeakMap<readonly Block[], readonly number[]>();

/**
 * Where block `index` of a body from withoutPendingSuggestions stands in the story as
 * written: paragraphs a pending pasted run split are one block there, several here.
 */
export function sourceBlockIndex(body: readonly Block[], index: number): number {
  return SOURCE_BLOCKS.get(body)?.[index] ?? index;
}

/** True as soon as one run of `nodes` carries a suggestion mark. */
function hasPendingSuggestions(nodes: readonly Node[]): boolean {
  return nodes.some((node) => (isText(node) ? node.suggestion !== undefined : 'children' in node && hasPendingSuggestions(node.children as Node[])));
}
