import type { ArticleDiff } from '../../../shared/review/article-diff';
import type { DiffSegment } from '../../../shared/review/word-diff';

/** Word-diff segments as text with insertions and deletions marked. */
export function Segments({ segments }: { segments: readonly DiffSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.kind === 'insert' ? (
          <ins key={i} className="diff-ins">
            {s.text}
          </ins>
        ) : s.kind === 'delete' ? (
          <del key={i} className="diff-del">
            {s.text}
          </del>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}

/** A word diff of two versions: insertions and deletions marked in the text. */
export function DiffView({ diff, label }: { diff: ArticleDiff; label: string }) {
  return (
    <section className="diff-view" aria-label={label}>
      <p className="diff-view__stats">
        {diff.changed ? `${diff.stats.inserted} words added, ${diff.stats.deleted} removed` : 'No differences.'}
      </p>
      <h3 className="diff-view__headline" dir="auto">
        <Segments segments={diff.headline} />
      </h3>
      {diff.standfirst.length > 0 && (
        <p className="diff-view__standfirst" dir="auto">
          <Segments segments={diff.standfirst} />
        </p>
      )}
      {diff.body.map((block, i) =>
        block.segments.length === 0 ? null : (
          <p key={i} className={`diff-view__block diff-view__block--${block.kind}`} dir="auto">
            <Segments segments={block.segments} />
          </p>
        ),
      )}
      {diff.fields.length > 0 && (
        <ul className="diff-view__fields" aria-label="Other changes">
          {diff.fields.map((f) => (
            <li key={f.field}>
              {f.field}: <del className="diff-del">{f.from || '(empty)'}</del> → <ins className="diff-ins">{f.to || '(empty)'}</ins>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
