import type { StateCreator } from 'zustand';
import type { CopydeskBridge } from '../../shared/ipc/contract';
import type { AssetSlice } from './asset-slice';
import type { ExportSlice } from './export-slice';
import type { HistorySlice } from './history-slice';
import type { QuotesSlice } from './quotes-slice';
import type { RecoverySlice } from './recovery-slice';
import type { ReviewSlice } from './review-slice';
import type { SettingsSlice } from './settings-slice';
import type { StorySlice } from './story-slice';
import type { UiSlice } from './ui-slice';
import type { WorkspaceSlice } from './workspace-slice';

/** The whole renderer state: one store made of slices. */
export type AppState = WorkspaceSlice & StorySlice & UiSlice & HistorySlice & SettingsSlice & RecoverySlice & AssetSlice & QuotesSlice & ReviewSlice & ExportSlice;

/** What slices need from outside: the transport. */
export interface StoreDeps {
  api: CopydeskBridge;
}

/** A slice creator over the whole state. */
export type SliceCreator<T> = (deps: StoreDeps) => StateCreator<AppState, [], [], T>;
