import { useMemo, useState } from 'react';
import type { Article } from '../../../shared/model/article';
import { blockDiffText } from '../../../shared/review/block-text';
import { alignBlocks, mergeArticles, mergeBlocks, type AlignedBlock, type MergeSide } from '../../../shared/review/merge';
import { useApp } from '../../store';
import { Segments } from '../review/DiffView';
import './merge.css';

function Changed({ row }: { row: Extract<AlignedBlock, { kind: 'changed' }> }) {
  return (
    <p className="merge-row__diff">
      <Segments segments={row.segments} />
    </p>
  );
}

const ONE_SIDE = { 'mine-only': 'Only in yours, kept', 'theirs-only': 'Only on disk, kept' } as const;

/**
 * Merges your version and the disk version paragraph by paragraph: each paragraph both
 * changed takes one side (yours unless chosen otherwise); a paragraph only one side has is kept.
 */
export function MergeView({ mine, theirs, onCancel }: { mine: Article; theirs: Article; onCancel: () => void }) {
  const saveMerged = useApp((s) => s.saveMerged);
  const rows = useMemo(() => alignBlocks(mine.body, theirs.body), [mine.body, theirs.body]);
  const [choices, setChoices] = useState<ReadonlyMap<number, MergeSide>>(new Map());
  const [saving, setSaving] = useState(false);
  const choose = (index: number, side: MergeSide) => setChoices((c) => new Map(c).set(index, side));
  const changed = rows.filter((r) => r.kind === 'changed').length;

  const save = async () => {
    setSaving(true);
    const ok = await saveMerged(mergeArticles(mine, theirs, mergeBlocks(rows, choices)));
    setSaving(false);
    if (ok) onCancel();
  };

  return (
    <section className="merge-view" aria-label="Merge by paragraph" dir={mine.metadata.direction} lang={mine.metadata.language}>
      <p className="merge-view__intro">
        {changed === 0 ? 'No paragraph was changed on both sides.' : `${changed} paragraph(s) differ. Struck text is on disk; underlined text is yours.`}
      </p>
      <ol className="merge-view__rows">
        {rows.map((row, index) => {
          if (row.kind === 'same') {
            return (
              <li key={index} className="merge-row merge-row--same">
                <p>{blockDiffText(row.mine)}</p>
              </li>
            );
          }
          if (row.kind !== 'changed') {
            const block = row.kind === 'mine-only' ? row.mine : row.theirs;
            return (
              <li key={index} className="merge-row merge-row--one-side">
                <p className="merge-row__note">{ONE_SIDE[row.kind]}</p>
                <p>{blockDiffText(block)}</p>
              </li>
            );
          }
          const side = choices.get(index) ?? 'mine';
          return (
            <li key={index} className="merge-row merge-row--changed" aria-label={`Paragraph ${index + 1}`}>
              <Changed row={row} />
              <div className="merge-row__choice" role="radiogroup" aria-label={`Paragraph ${index + 1}: which version`}>
                <button type="button" role="radio" aria-checked={side === 'mine'} className="button" onClick={() => choose(index, 'mine')}>
                  Use mine
                </button>
                <button type="button" role="radio" aria-checked={side === 'theirs'} className="button" onClick={() => choose(index, 'theirs')}>
                  Use theirs
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="merge-view__actions">
        <button type="button" className="button button--primary" disabled={saving} onClick={() => void save()}>
          Save merged
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
