import { isHotkey } from 'is-hotkey';
import { useEffect } from 'react';
import { useApp } from '../../store';
import { PANEL_IDS } from '../../store/ui-slice';
import { formatHotkey } from '../../editor/hotkeys';
import { PANELS } from './registry';
import './panels.css';

const available = PANEL_IDS.filter((id) => PANELS[id] !== undefined);

/** Keyboard shortcuts that open and close the side panels, wherever the focus is. */
export function usePanelShortcuts(): void {
  const togglePanel = useApp((s) => s.togglePanel);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      for (const id of available) {
        if (isHotkey(PANELS[id]!.hotkey, event)) {
          event.preventDefault();
          togglePanel(id);
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [togglePanel]);
}

/** The tabs that open a side panel; shown above the story. */
export function PanelTabs() {
  const panel = useApp((s) => s.panel);
  const togglePanel = useApp((s) => s.togglePanel);
  if (available.length === 0) return null;
  return (
    <div className="panel-tabs" role="toolbar" aria-label="Panels">
      {available.map((id) => {
        const spec = PANELS[id]!;
        return (
          <button
            key={id}
            type="button"
            className="panel-tabs__tab"
            aria-pressed={panel === id}
            title={`${spec.label} (${formatHotkey(spec.hotkey)})`}
            onClick={() => togglePanel(id)}
          >
            {spec.label}
          </button>
        );
      })}
    </div>
  );
}

/** The open side panel, or nothing. */
export function SidePanel() {
  const panel = useApp((s) => s.panel);
  const setPanel = useApp((s) => s.setPanel);
  const spec = panel ? PANELS[panel] : undefined;
  if (!panel || !spec) return null;
  const { Component } = spec;
  return (
    <aside className="side-panel" aria-label={spec.label}>
      <header className="side-panel__header">
        <h2 className="side-panel__title">{spec.label}</h2>
        <button type="button" className="side-panel__close" aria-label={`Close ${spec.label}`} onClick={() => setPanel(null)}>
          ×
        </button>
      </header>
      <div className="side-panel__body">
        <Component />
      </div>
    </aside>
  );
}
