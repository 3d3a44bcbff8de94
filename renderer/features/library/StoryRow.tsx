import type { ArticleSummary } from '../../../shared/ipc/contract';
import { fullTime, plural, relativeTime, statusLabel } from '../../app/format';

type ValidRow = Extract<ArticleSummary, { headline: string }>;
type InvalidRow = Extract<ArticleSummary, { error: string }>;

interface StoryRowProps {
  row: ValidRow;
  now: number;
  current: boolean;
  onOpen: (id: string) => void;
  onDelete: (id: string, headline: string) => void;
}

/** One readable story in the library. */
export function StoryRow({ row, now, current, onOpen, onDelete }: StoryRowProps) {
  const headline = row.headline.trim() || 'Untitled';
  const metaId = `row-meta-${row.id}`;
  return (
    <li className={`story-row${current ? ' story-row--current' : ''}`}>
      <button
        type="button"
        className="story-row__open"
        data-row
        aria-label={headline}
        aria-describedby={metaId}
        aria-current={current ? 'true' : undefined}
        onClick={() => onOpen(row.id)}
      >
        <span className="story-row__top">
          <span className="story-row__section" dir="auto">{row.section || 'No section'}</span>
          <span className={`status-badge status-badge--${row.status}`}>{statusLabel(row.status)}</span>
        </span>
        <span className="story-row__headline" dir="auto">
          {headline}
        </span>
        <span className="story-row__meta" id={metaId}>
          <time dateTime={row.updatedAt} title={fullTime(row.updatedAt)}>
            {relativeTime(row.updatedAt, now)}
          </time>
          <span aria-hidden="true"> · </span>
          <span>{plural(row.wordCount, 'word', 'words')}</span>
        </span>
      </button>
      <button
        type="button"
        className="story-row__delete icon-button"
        aria-label={`Delete ${headline}`}
        title="Move to trash"
        onClick={() => onDelete(row.id, headline)}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true" width="14" height="14">
          <path
            d="M6 2h4M2.5 4h11M4 4l.7 9.1a1 1 0 0 0 1 .9h4.6a1 1 0 0 0 1-.9L12 4M6.5 6.5v5M9.5 6.5v5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.3"
            strokeLinecap="round"
          />
        </svg>
      </button>
    </li>
  );
}

/** Splits "name.story.json: reason" into its two parts. */
function splitError(error: string): { file: string; reason: string } {
  const at = error.indexOf(': ');
  return at === -1 ? { file: '', reason: error } : { file: error.slice(0, at), reason: error.slice(at + 2) };
}

/** A file that cannot be opened, with the reason. */
export function InvalidRow({ row }: { row: InvalidRow }) {
  const { file, reason } = splitError(row.error);
  return (
    <li className="story-row story-row--invalid" aria-disabled="true">
      <div className="story-row__open" tabIndex={-1} data-row role="group" aria-label={`Cannot open ${file || row.id}`}>
        <span className="story-row__top">
          <span className="story-row__warning">Cannot open</span>
        </span>
        <span className="story-row__file">{file || row.id}</span>
        <span className="story-row__reason">{reason}</span>
      </div>
    </li>
  );
}
