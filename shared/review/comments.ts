import type { Article, Comment } from '../model/article';
import type { Block, Inline } from '../model/body';

type BodyNode = Block | Inline | { children: readonly unknown[] };

function visit(nodes: readonly unknown[], found: Set<string>): void {
  for (const node of nodes) {
    if (typeof node !== 'object' || node === null) continue;
    const ids = (node as { comments?: unknown }).comments;
    if (Array.isArray(ids)) for (const id of ids) if (typeof id === 'string') found.add(id);
    const children = (node as { children?: unknown }).children;
    if (Array.isArray(children)) visit(children, found);
  }
}

/** The ids of every comment anchored somewhere in the body. */
export function anchoredCommentIds(body: readonly BodyNode[]): Set<string> {
  const found = new Set<string>();
  visit(body, found);
  return found;
}

/** The text a comment is anchored to now, in reading order; '' when its text is gone. */
export function anchoredText(body: readonly BodyNode[], id: string): string {
  let out = '';
  const walk = (nodes: readonly unknown[]) => {
    for (const node of nodes) {
      if (typeof node !== 'object' || node === null) continue;
      const n = node as { text?: unknown; comments?: unknown; children?: unknown };
      if (typeof n.text === 'string' && Array.isArray(n.comments) && n.comments.includes(id)) out += n.text;
      if (Array.isArray(n.children)) walk(n.children);
    }
  };
  walk(body);
  return out;
}

/** A comment as the review panel shows it. */
export interface CommentView {
  comment: Comment;
  /** Its anchored text was deleted: the comment stays, with the words it was on. */
  orphaned: boolean;
}

/** The story's comments, each marked orphaned when its text is no longer in the body (`anchored`, when the caller has it). */
export function commentViews(article: Pick<Article, 'body' | 'comments'>, anchored = anchoredCommentIds(article.body)): CommentView[] {
  return article.comments.map((comment) => ({ comment, orphaned: !anchored.has(comment.id) }));
}

/** Who wrote something and when. */
export interface Authored {
  author: { name: string; initials: string };
  at: Date;
}

/** The story with a new, open comment on the text anchored under `id`. */
export function addComment(article: Article, input: Authored & { id: string; text: string; anchorText: string }): Article {
  const comment: Comment = {
    id: input.id,
    author: input.author,
    createdAt: input.at.toISOString(),
    text: input.text,
    resolved: false,
    anchorText: input.anchorText,
    replies: [],
  };
  return { ...article, comments: [...article.comments.filter((c) => c.id !== input.id), comment] };
}

function updateComment(article: Article, id: string, change: (comment: Comment) => Comment): Article {
  if (!article.comments.some((c) => c.id === id)) return article;
  return { ...article, comments: article.comments.map((c) => (c.id === id ? change(c) : c)) };
}

/** The story with a reply added to comment `commentId`. */
export function addReply(article: Article, commentId: string, input: Authored & { id: string; text: string }): Article {
  return updateComment(article, commentId, (c) => ({
    ...c,
    replies: [...c.replies, { id: input.id, author: input.author, createdAt: input.at.toISOString(), text: input.text }],
  }));
}

/** The story with comment `id` resolved or open again. */
export function setResolved(article: Article, id: string, resolved: boolean): Article {
  return updateComment(article, id, (c) => (c.resolved === resolved ? c : { ...c, resolved }));
}

/** True when `person` wrote `comment` (same name and initials). */
export function isAuthor(comment: Comment, person: { name: string; initials: string }): boolean {
  return person.name.trim() !== '' && comment.author.name === person.name && comment.author.initials === person.initials;
}

/** The story without comment `id`; its anchors in the body are removed by the editor. */
export function removeComment(article: Article, id: string): Article {
  return article.comments.some((c) => c.id === id) ? { ...article, comments: article.comments.filter((c) => c.id !== id) } : article;
}
