import type { Article, Comment, Person } from '../model/article';
import type { Block, Inline, StyledText } from '../model/body';
import { blockDiffText } from '../review/block-text';
import { commentViews } from '../review/comments';
import { pendingSuggestions } from '../review/suggestions';
import { escapeAttr, escapeHtml, htmlLines } from './escape';
import { direction, languageTag } from './lang';
import { pageCsp } from './html';
import { sha256Base64 } from './sha256';
import { displayHeadline } from './story';

const STYLE = `body{font:16px/1.5 Georgia,serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#111}
h1{font-size:1.8rem;line-height:1.2}
.note{color:#555;font-size:.85rem}
ins{background:#dff5df;text-decoration:underline}
del{background:#fbe0e0}
mark{background:#fff2a8}
sup{font-size:.7rem;color:#555}
section{border-top:1px solid #999;margin-top:2rem}
li{margin-bottom:.75rem}
blockquote{margin-left:1.5rem;font-style:italic}
@media print{body{margin:0;max-width:none}a{color:inherit}}`;

type Node = Block | Inline | StyledText;

function isText(node: Node): node is StyledText {
  return 'text' in node && !('children' in node);
}

function who(person: Person): string {
  return person.initials ? `${person.name} (${person.initials})` : person.name || 'Unknown';
}

/** Runs of a block as HTML: suggested insertions and deletions marked, commented text highlighted with its number. */
function runs(nodes: readonly Node[], numbers: ReadonlyMap<string, number>): string {
  let out = '';
  for (const node of nodes) {
    if (!isText(node)) {
      out += runs(node.children as readonly Node[], numbers);
      continue;
    }
    let html = htmlLines(node.text);
    const refs = (node.comments ?? []).map((id) => numbers.get(id)).filter((n): n is number => n !== undefined);
    if (refs.length > 0) html = `<mark>${html}</mark><sup>${refs.map((n) => `[${n}]`).join('')}</sup>`;
    const mark = node.suggestion;
    if (mark) {
      const tag = mark.kind === 'insert' ? 'ins' : 'del';
      const title = `${mark.kind === 'insert' ? 'Suggested insertion' : 'Suggested deletion'} by ${who(mark.by)}`;
      html = `<${tag} title="${escapeAttr(title)}">${html}</${tag}>`;
    }
    out += html;
  }
  return out;
}

function block(b: Block, numbers: ReadonlyMap<string, number>): string {
  switch (b.type) {
    case 'heading':
      return `<h${b.level}>${runs(b.children, numbers)}</h${b.level}>\n`;
    case 'bulleted-list':
    case 'numbered-list': {
      const tag = b.type === 'bulleted-list' ? 'ul' : 'ol';
      return `<${tag}>\n${b.children.map((item) => `<li>${runs(item.children, numbers)}</li>\n`).join('')}</${tag}>\n`;
    }
    case 'block-quote':
    case 'pull-quote':
      return `<blockquote>${runs(b.children, numbers)}</blockquote>\n`;
    case 'paragraph':
      return `<p>${runs(b.children, numbers)}</p>\n`;
    default:
      // Images, embeds and links are shown as words only: the copy loads and runs nothing.
      return `<p class="note">${htmlLines(blockDiffText(b))}</p>\n`;
  }
}

function comment(c: Comment, n: number, orphaned: boolean): string {
  const state = [c.resolved ? 'resolved' : 'open', orphaned ? 'its text was deleted' : ''].filter(Boolean).join(', ');
  const replies = c.replies.map((r) => `<li><strong>${escapeHtml(who(r.author))}</strong> <span class="note">${escapeHtml(r.createdAt)}</span><br>${htmlLines(r.text)}</li>\n`).join('');
  return (
    `<li id="comment-${n}"><strong>[${n}] ${escapeHtml(who(c.author))}</strong> <span class="note">${escapeHtml(c.createdAt)}, ${state}</span><br>` +
    `<span class="note">On: “${htmlLines(c.anchorText)}”</span><br>${htmlLines(c.text)}` +
    (replies ? `\n<ul>\n${replies}</ul>` : '') +
    `</li>\n`
  );
}

/**
 * A printable HTML review copy of a story for readers without the app: the body with
 * pending suggestions marked, the comments numbered at the end with their anchored text
 * and replies, and the status log. Every value is escaped; the page runs no script and
 * loads nothing.
 */
export function renderReviewCopy(article: Article): string {
  const m = article.metadata;
  const views = commentViews(article);
  const numbers = new Map(views.map((v, i) => [v.comment.id, i + 1]));
  const suggestions = pendingSuggestions(article);
  const body = article.body.map((b) => block(b, numbers)).join('');
  const comments = views.map((v, i) => comment(v.comment, i + 1, v.orphaned)).join('');
  const log = article.statusLog
    .map((e) => `<li>${escapeHtml(e.status)}: ${escapeHtml(who(e.by))}, ${escapeHtml(e.at)}${e.note ? ` — ${htmlLines(e.note)}` : ''}</li>\n`)
    .join('');
  const pending = suggestions
    .map((s) => `<li>${s.kind === 'insert' ? 'Insert' : 'Delete'} “${htmlLines(s.text)}” — ${escapeHtml(who(s.by))}, ${escapeHtml(s.at)}</li>\n`)
    .join('');
  return (
    `<!DOCTYPE html>\n<html lang="${escapeAttr(languageTag(m))}" dir="${direction(m)}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${pageCsp(sha256Base64(STYLE))}">\n` +
    `<title>Review copy: ${escapeHtml(displayHeadline(m)).replace(/\n/g, ' ')}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n` +
    `<p class="note">Review copy · status ${escapeHtml(m.status)} · updated ${escapeHtml(m.updatedAt)}</p>\n` +
    (m.section ? `<p class="note">${escapeHtml(m.section)}</p>\n` : '') +
    `<h1>${htmlLines(displayHeadline(m))}</h1>\n` +
    (m.standfirst ? `<p><strong>${htmlLines(m.standfirst)}</strong></p>\n` : '') +
    (m.bylines.length > 0 ? `<p class="note">${m.bylines.map((b) => escapeHtml([b.name, b.role].filter(Boolean).join(', '))).join('; ')}</p>\n` : '') +
    `<main>\n${body}</main>\n` +
    `<section>\n<h2>Pending suggestions (${suggestions.length})</h2>\n${pending ? `<ol>\n${pending}</ol>\n` : '<p>None.</p>\n'}</section>\n` +
    `<section>\n<h2>Comments (${views.length})</h2>\n${comments ? `<ol>\n${comments}</ol>\n` : '<p>None.</p>\n'}</section>\n` +
    `<section>\n<h2>Status log</h2>\n${log ? `<ol>\n${log}</ol>\n` : '<p>No status changes yet.</p>\n'}</section>\n` +
    `</body>\n</html>\n`
  );
}
