import type { ComponentType } from 'react';
import type { PanelId } from '../../store/ui-slice';
import { PreviewPanel } from '../preview/PreviewPanel';
import { QuotesPanel } from '../quotes/QuotesPanel';
import { ReviewPanel } from '../review/ReviewPanel';
import { VersionsPanel } from '../review/VersionsPanel';

/** One side panel: its tab label, its shortcut, and what it shows. */
export interface PanelSpec {
  label: string;
  /** is-hotkey notation, e.g. `mod+shift+1`. */
  hotkey: string;
  Component: ComponentType;
}

/**
 * The side panels beside the story. Each feature adds its own entry here;
 * a panel without an entry has no tab.
 */
export const PANELS: Partial<Record<PanelId, PanelSpec>> = {
  preview: { label: 'Preview', hotkey: 'mod+shift+2', Component: PreviewPanel },
};

PANELS.review = { label: 'Review', hotkey: 'mod+shift+4', Component: ReviewPanel };
PANELS.versions = { label: 'Versions', hotkey: 'mod+shift+5', Component: VersionsPanel };
PANELS.quotes = { label: 'Quotes', hotkey: 'mod+shift+1', Component: QuotesPanel };
