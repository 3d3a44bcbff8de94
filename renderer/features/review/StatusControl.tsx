import { useState } from 'react';
import { STATUSES, type Status } from '../../../shared/model/article';
import { statusGate, type StatusGate } from '../../../shared/review/status';
import { statusLabel } from '../../app/format';
import { useApp, useAppStore } from '../../store';
import { ApproveDialog } from './ApproveDialog';

/** The story's status in the editor; a move is recorded with who and when, and Approved runs the checks first. */
export function StatusControl() {
  const store = useAppStore();
  const status = useApp((s) => s.story?.article.metadata.status ?? 'draft');
  const headlineLimit = useApp((s) => s.editorSettings.headlineLimit);
  const setStatus = useApp((s) => s.setStatus);
  const notify = useApp((s) => s.notify);
  const setPanel = useApp((s) => s.setPanel);
  const [gate, setGate] = useState<Extract<StatusGate, { kind: 'checks' }> | null>(null);

  const move = async (to: Status, override?: string) => {
    const error = await setStatus(to, override);
    if (error) {
      notify(error);
      if (!store.getState().author.name) setPanel('review');
    }
  };

  const choose = (to: Status) => {
    const article = store.getState().story?.article;
    if (!article) return;
    const next = statusGate(article, to, { headlineLimit });
    if (next.kind === 'checks' && (next.blockers.length > 0 || next.warnings.length > 0)) setGate(next);
    else void move(to);
  };

  return (
    <>
      <select className="select select--quiet" aria-label="Status" dir="ltr" value={status} onChange={(e) => choose(e.target.value as Status)}>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {statusLabel(s)}
          </option>
        ))}
      </select>
      {gate && (
        <ApproveDialog
          gate={gate}
          onCancel={() => setGate(null)}
          onApprove={(reason) => {
            setGate(null);
            void move('approved', reason);
          }}
        />
      )}
    </>
  );
}
