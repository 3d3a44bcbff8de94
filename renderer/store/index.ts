import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CopydeskBridge } from '../../shared/ipc/contract';
import { createAssetSlice } from './asset-slice';
import { createExportSlice } from './export-slice';
import { createHistorySlice } from './history-slice';
import { createQuotesSlice } from './quotes-slice';
import { createRecoverySlice } from './recovery-slice';
import { createReviewSlice } from './review-slice';
import { createSettingsSlice } from './settings-slice';
import { createStorySlice } from './story-slice';
import type { AppState } from './types';
import { createUiSlice } from './ui-slice';
import { createWorkspaceSlice } from './workspace-slice';

export type { AppState } from './types';

/** The one store of the renderer, built over a transport. */
export function createAppStore(api: CopydeskBridge): StoreApi<AppState> {
  const deps = { api };
  return createStore<AppState>()((...a) => ({
    ...createWorkspaceSlice(deps)(...a),
    ...createStorySlice(deps)(...a),
    ...createUiSlice(deps)(...a),
    ...createHistorySlice(deps)(...a),
    ...createSettingsSlice(deps)(...a),
    ...createRecoverySlice(deps)(...a),
    ...createAssetSlice(deps)(...a),
    ...createExportSlice(deps)(...a),
    ...createReviewSlice(deps)(...a),
    ...createQuotesSlice(deps)(...a),
  }));
}

/** Provides the store to the component tree. */
export const StoreContext = createContext<StoreApi<AppState> | null>(null);

/** The store itself, for actions called from effects. */
export function useAppStore(): StoreApi<AppState> {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreContext is missing');
  return store;
}

/** Reads a narrow slice of state; pair with `useShallow` when the selector builds a new object or array. */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStore(), selector);
}
