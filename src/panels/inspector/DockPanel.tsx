// A panel docked under the canvas (flows, firewall): a header that is always
// there, with a button that opens or closes the body. Its state is the store's
// `panels`, so other parts of the app (a toolbar, a shortcut) can open it too.
import type { ReactNode } from 'react';
import type { PanelId } from '../../store/uiSlice';
import { useAppStore } from '../../store/StoreProvider';

export interface DockPanelProps {
  panel: PanelId;
  title: string;
  /** A short count or state beside the title, such as "5 rules". */
  summary?: string;
  /** Controls shown in the header while open (default action, Add...). */
  actions?: ReactNode;
  children: ReactNode;
}

export function DockPanel({ panel, title, summary, actions, children }: DockPanelProps) {
  const open = useAppStore((s) => s.panels[panel]);
  const toggle = useAppStore((s) => s.togglePanel);
  const bodyId = `dock-${panel}`;
  return (
    <section
      className={`dock-panel${open ? ' dock-panel-open' : ''}`}
      aria-label={title}
      data-testid={`panel.${panel}`}
    >
      <header className="dock-header">
        <button
          type="button"
          className="dock-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          data-testid={`panel.${panel}.toggle`}
          onClick={() => toggle(panel)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {title}
          {summary && <span className="dock-summary"> · {summary}</span>}
        </button>
        {open && actions && <div className="dock-actions">{actions}</div>}
      </header>
      {open && (
        <div id={bodyId} className="dock-body">
          {children}
        </div>
      )}
    </section>
  );
}
