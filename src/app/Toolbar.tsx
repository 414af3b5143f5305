import { useAppStore } from '../store/StoreProvider';
import { ExamplesMenu } from './menus/ExamplesMenu';
import { FileMenu } from './menus/FileMenu';
import { SaveStatus } from './menus/SaveStatus';
import { ExportMenu } from '../panels/export/ExportMenu';
import { ProblemsBadge } from '../panels/problems/ProblemsBadge';
import { ImportTools } from '../panels/import/ImportTools';

export function Toolbar() {
  const name = useAppStore((s) => s.doc.name);
  const canUndo = useAppStore((s) => s.past.length > 0);
  const canRedo = useAppStore((s) => s.future.length > 0);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  return (
    <header className="toolbar" role="toolbar" aria-label="Main toolbar">
      <span className="toolbar-brand">vNet Designer</span>
      <div className="toolbar-group">
        <FileMenu />
        <ExamplesMenu />
        <ExportMenu />
        <ImportTools />
      </div>
      <span className="toolbar-name" data-testid="design-name">
        {name || 'Untitled design'}
      </span>
      <div className="toolbar-group">
        <button
          type="button"
          onClick={undo}
          disabled={!canUndo}
          title="Undo (Ctrl+Z)"
          data-testid="toolbar.undo"
        >
          Undo
        </button>
        <button
          type="button"
          onClick={redo}
          disabled={!canRedo}
          title="Redo (Ctrl+Shift+Z)"
          data-testid="toolbar.redo"
        >
          Redo
        </button>
      </div>
      <ProblemsBadge />
      <span className="toolbar-spacer" />
      <SaveStatus />
    </header>
  );
}
