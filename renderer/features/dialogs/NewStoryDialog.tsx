import { useState, type FormEvent } from 'react';
import { useApp } from '../../store';
import { Modal } from './Modal';

/** Asks for a headline (and optionally a section) and creates the story. */
export function NewStoryDialog() {
  const closeDialog = useApp((s) => s.closeDialog);
  const createStory = useApp((s) => s.createStory);
  const [headline, setHeadline] = useState('');
  const [section, setSection] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!headline.trim() || busy) return;
    setBusy(true);
    closeDialog();
    await createStory(headline.trim(), section.trim() || undefined);
  };

  return (
    <Modal title="New story" onClose={closeDialog}>
      <form onSubmit={(e) => void submit(e)} className="modal__form">
        <label className="label">
          Headline
          <input
            className="field field--boxed"
            dir="auto"
            value={headline}
            maxLength={1000}
            autoFocus
            required
            onChange={(e) => setHeadline(e.target.value)}
          />
        </label>
        <label className="label">
          Section <span className="label__hint">optional</span>
          <input
            className="field field--boxed"
            dir="auto"
            value={section}
            maxLength={200}
            onChange={(e) => setSection(e.target.value)}
          />
        </label>
        <div className="modal__actions">
          <button type="button" className="button" onClick={closeDialog}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={!headline.trim() || busy}>
            Create
          </button>
        </div>
      </form>
    </Modal>
  );
}
