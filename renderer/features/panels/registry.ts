import type { ComponentType } from 'react';
import type { PanelId } from '../../store/ui-slice';

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
export const PANELS: Partial<Record<PanelId, PanelSpec>> = {};
