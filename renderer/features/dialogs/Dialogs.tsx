import { useApp } from '../../store';
import { DeleteDialog } from './DeleteDialog';
import { NewStoryDialog } from './NewStoryDialog';
import { SettingsDialog } from '../settings/SettingsDialog';

/** Whichever dialog is open. */
export function Dialogs() {
  const dialog = useApp((s) => s.dialog);
  if (!dialog) return null;
  if (dialog.kind === 'new-story') return <NewStoryDialog />;
  if (dialog.kind === 'settings') return <SettingsDialog />;
  return <DeleteDialog id={dialog.id} headline={dialog.headline} />;
}
