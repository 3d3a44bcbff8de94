import { useState } from 'react';
import type { StatusGate } from '../../../shared/review/status';
import { Modal } from '../dialogs/Modal';

interface ApproveDialogProps {
  gate: Extract<StatusGate, { kind: 'checks' }>;
  onCancel: () => void;
  /** Called with the override reason ('' when nothing blocks). */
  onApprove: (reason: string) => void;
}

/** What the pre-publish checks found; approving over blocking problems needs a reason, which is recorded. */
export function ApproveDialog({ gate, onCancel, onApprove }: ApproveDialogProps) {
  const [reason, setReason] = useState('');
  const blocked = gate.blockers.length > 0;
  return (
    <Modal title={blocked ? 'Problems stop approval' : 'Approve with warnings?'} onClose={onCancel}>
      {blocked && (
        <>
          <p className="modal__body">Fix these first, or give a reason to approve anyway. The reason goes in the status log.</p>
          <ul className="approve-problems" aria-label="Blocking problems">
            {gate.blockers.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </>
      )}
      {gate.warnings.length > 0 && (
        <ul className="approve-problems approve-problems--warnings" aria-label="Warnings">
          {gate.warnings.map((p, i) => (
            <li key={i}>{p.message}</li>
          ))}
        </ul>
      )}
      {blocked && (
        <textarea
          className="field field--boxed approve-reason"
          aria-label="Reason to approve anyway"
          placeholder="Why approve anyway?"
          rows={3}
          maxLength={5000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      )}
      <div className="modal__actions">
        <button type="button" className="button" onClick={onCancel} autoFocus={!blocked}>
          Cancel
        </button>
        <button type="button" className="button button--primary" disabled={blocked && reason.trim() === ''} onClick={() => onApprove(reason.trim())}>
          {blocked ? 'Approve anyway' : 'Approve'}
        </button>
      </div>
    </Modal>
  );
}
