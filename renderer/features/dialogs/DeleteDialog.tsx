import { useApp } from '../../store';
import { Modal } from './Modal';

/** Confirms moving a story to the trash. */
export function DeleteDialog({ id, headline }: { id: string; headline: string }) {
  const closeDialog = useApp((s) => s.closeDialog);
  const trashStory = useApp((s) => s.trashStory);
  return (
    <Modal title="Move to trash?" onClose={closeDialog}>
      <p className="modal__body">
        “<span dir="auto">{headline}</span>” will be moved to the trash. You can restore it from there.
      </p>
      <div className="modal__actions">
        <button type="button" className="button" onClick={closeDialog} autoFocus>
          Cancel
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            closeDialog();
            void trashStory(id);
          }}
        >
          Move to trash
        </button>
      </div>
    </Modal>
  );
}
