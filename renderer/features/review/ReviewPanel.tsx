import { useDeferredValue, useMemo, useState, type FormEvent } from 'react';
import type { Comment } from '../../../shared/model/article';
import { addComment, addReply, anchoredCommentIds, commentViews, isAuthor, removeComment, setResolved } from '../../../shared/review/comments';
import { newId } from '../../../shared/util/id';
import { fullTime, statusLabel } from '../../app/format';
import { getActiveEditor, revealRange } from '../../editor/active-editor';
import { commentRange, removeCommentMark } from '../../editor/transforms/comments';
import { useApp, useAppStore } from '../../store';
import { formatHotkey } from '../../editor/hotkeys';
import { COMMENT_HOTKEY, dropDraftMark } from './use-review-shortcuts';
import { SuggestionsSection } from './SuggestionsSection';
import { YouForm } from './YouForm';
import './review.css';

function who(person: { name: string; initials: string }): string {
  return person.name || person.initials || 'Someone';
}

/** A one-field form that sends its text and empties itself. */
function TextForm({ label, submit, onSubmit, onCancel, autoFocus }: { label: string; submit: string; onSubmit: (text: string) => void; onCancel?: () => void; autoFocus?: boolean }) {
  const [text, setText] = useState('');
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    onSubmit(text.trim());
    setText('');
  };
  return (
    <form className="comment-form" onSubmit={send}>
      <textarea
        className="field field--boxed comment-form__text"
        aria-label={label}
        placeholder={label}
        rows={2}
        maxLength={10_000}
        value={text}
        autoFocus={autoFocus}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) send(e);
          else if (e.key === 'Escape' && onCancel) onCancel();
        }}
      />
      <div className="comment-form__actions">
        {onCancel && (
          <button type="button" className="button button--small button--quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="button button--small button--primary" disabled={!text.trim()}>
          {submit}
        </button>
      </div>
    </form>
  );
}

function CommentCard({ comment, orphaned }: { comment: Comment; orphaned: boolean }) {
  const store = useAppStore();
  const author = useApp((s) => s.author);
  const editArticle = useApp((s) => s.editArticle);
  const [replying, setReplying] = useState(false);
  const mine = isAuthor(comment, author);

  const reveal = () => {
    const editor = getActiveEditor();
    const range = editor && commentRange(editor, comment.id);
    if (editor && range) revealRange(editor, range);
  };
  const remove = () => {
    const editor = getActiveEditor();
    if (editor) removeCommentMark(editor, comment.id);
    store.getState().editArticle((a) => removeComment(a, comment.id));
  };

  const state = orphaned ? 'orphaned' : comment.resolved ? 'resolved' : 'open';
  return (
    <li className={`comment comment--${state}`} aria-label={`Comment by ${who(comment.author)}`}>
      <button type="button" className="comment__anchor" onClick={reveal} disabled={orphaned} title={orphaned ? 'The text it was on was deleted' : 'Show in the story'}>
        {orphaned && <span className="comment__flag">Orphaned</span>}
        {comment.resolved && <span className="comment__flag">Resolved</span>}
        <q dir="auto">{comment.anchorText}</q>
      </button>
      <p className="comment__meta">
        <strong>{who(comment.author)}</strong> <time dateTime={comment.createdAt}>{fullTime(comment.createdAt)}</time>
      </p>
      <p className="comment__text" dir="auto">
        {comment.text}
      </p>
      {comment.replies.length > 0 && (
        <ul className="comment__replies" aria-label="Replies">
          {comment.replies.map((r) => (
            <li key={r.id} className="comment__reply">
              <p className="comment__meta">
                <strong>{who(r.author)}</strong> <time dateTime={r.createdAt}>{fullTime(r.createdAt)}</time>
              </p>
              <p className="comment__text" dir="auto">
                {r.text}
              </p>
            </li>
          ))}
        </ul>
      )}
      {replying ? (
        <TextForm
          label="Reply"
          submit="Reply"
          autoFocus
          onCancel={() => setReplying(false)}
          onSubmit={(text) => {
            editArticle((a) => addReply(a, comment.id, { id: newId(), text, author, at: new Date() }));
            setReplying(false);
          }}
        />
      ) : (
        <div className="comment__actions">
          <button type="button" className="button button--small button--quiet" disabled={!author.name} onClick={() => setReplying(true)}>
            Reply
          </button>
          <button type="button" className="button button--small button--quiet" onClick={() => editArticle((a) => setResolved(a, comment.id, !comment.resolved))}>
            {comment.resolved ? 'Reopen' : 'Resolve'}
          </button>
          {mine && (
            <button type="button" className="button button--small button--quiet" onClick={remove}>
              Delete
            </button>
          )}
        </div>
      )}
    </li>
  );
}

/** The Review panel: who you are, the story's comments, and its status log. */
export function ReviewPanel() {
  // The panel follows typing a beat behind, so that its walks over the body never hold up a keystroke.
  const article = useDeferredValue(useApp((s) => s.story?.article));
  const body = article?.body;
  const anchored = useMemo(() => (body ? anchoredCommentIds(body) : new Set<string>()), [body]);
  const author = useApp((s) => s.author);
  const draft = useApp((s) => s.commentDraft);
  const setCommentDraft = useApp((s) => s.setCommentDraft);
  const editArticle = useApp((s) => s.editArticle);
  const [showResolved, setShowResolved] = useState(true);
  if (!article) return null;
  const views = commentViews(article, anchored);
  const shown = showResolved ? views : views.filter((v) => !v.comment.resolved);
  const open = views.filter((v) => !v.comment.resolved).length;
  // A draft belongs to the text it was started on; another story, or its words deleted, drops it.
  const drafting = draft !== null && anchored.has(draft.id);

  return (
    <div className="review-panel">
      <YouForm />
      {draft && drafting && (
        <section className="comment comment--draft" aria-label="New comment">
          <q className="comment__anchor" dir="auto">
            {draft.anchorText}
          </q>
          {author.name ? (
            <TextForm
              label="Comment"
              submit="Comment"
              autoFocus
              onCancel={() => {
                dropDraftMark(draft.id);
                setCommentDraft(null);
              }}
              onSubmit={(text) => {
                editArticle((a) => addComment(a, { id: draft.id, text, anchorText: draft.anchorText, author, at: new Date() }));
                setCommentDraft(null);
              }}
            />
          ) : (
            <p className="review-panel__hint">Set your name above to comment.</p>
          )}
        </section>
      )}
      <section aria-label="Comments">
        <header className="review-panel__header">
          <h3 className="review-panel__title">Comments ({open} open)</h3>
          <label className="review-panel__toggle">
            <input type="checkbox" checked={showResolved} onChange={(e) => setShowResolved(e.target.checked)} /> Show resolved
          </label>
        </header>
        {shown.length === 0 ? (
          <p className="review-panel__hint">No comments. Select text and press {formatHotkey(COMMENT_HOTKEY)} to comment.</p>
        ) : (
          <ul className="comment-list">
            {shown.map((v) => (
              <CommentCard key={v.comment.id} comment={v.comment} orphaned={v.orphaned} />
            ))}
          </ul>
        )}
      </section>
      <SuggestionsSection article={article} />
      <section aria-label="Status log">
        <h3 className="review-panel__title">Status</h3>
        {article.statusLog.length === 0 ? (
          <p className="review-panel__hint">No status changes yet.</p>
        ) : (
          <ol className="status-log">
            {[...article.statusLog].reverse().map((entry, i) => (
              <li key={i} className="status-log__entry">
                <span className={`status-badge status-badge--${entry.status}`}>{statusLabel(entry.status)}</span> {who(entry.by)}{' '}
                <time dateTime={entry.at}>{fullTime(entry.at)}</time>
                {entry.note && <p className="status-log__note">Override: {entry.note}</p>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
