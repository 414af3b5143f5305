// Toolbar: the Import menu (an inventory chosen in a file dialog; the last
// report again) and Tidy up, which lays the open design out as one undo step.
import { useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useStore } from 'zustand';
import { Menu, type MenuItem } from '../../app/menus/Menu';
import { useAppStoreApi } from '../../store/StoreProvider';
import { importSessionFor } from './importSession';
import { openOrImport } from './openOrImport';
import './import.css';

/** As the canvas fits a loaded design. */
const FIT_VIEW = { padding: 0.1, maxZoom: 1 };

const afterPaint = (run: () => void) => requestAnimationFrame(() => requestAnimationFrame(run));

export function ImportTools() {
  const app = useAppStoreApi();
  const session = importSessionFor(app);
  const phase = useStore(session.state, (s) => s.phase.kind);
  const hasReport = useStore(session.state, (s) => s.report !== null);
  const inputRef = useRef<HTMLInputElement>(null);
  const { fitView } = useReactFlow();

  const items: MenuItem[] = [
    {
      key: 'inventory',
      label: 'Import inventory…',
      description: 'An RVTools export (.xlsx, or its CSV files) or govc JSON, as a new design',
      testId: 'import.inventory',
      disabled: phase !== 'idle',
      onSelect: () => inputRef.current?.click(),
    },
    {
      key: 'report',
      label: 'Last import report',
      testId: 'import.show-report',
      disabled: !hasReport,
      onSelect: () => session.setReportOpen(true),
    },
  ];

  const tidyUp = async () => {
    if (await session.tidyUp()) afterPaint(() => void fitView(FIT_VIEW));
  };

  return (
    <>
      <Menu label="Import" testId="toolbar.import" items={items} />
      <input
        ref={inputRef}
        type="file"
        multiple
        accept=".xlsx,.csv,.json"
        hidden
        data-testid="import.input"
        onChange={(event) => {
          const input = event.currentTarget;
          const files = [...(input.files ?? [])];
          input.value = ''; // so that choosing the same files again imports them again
          if (files.length > 0) void openOrImport(app, session, files);
        }}
      />
      <button
        type="button"
        data-testid="tidy-up"
        onClick={() => void tidyUp()}
        disabled={phase !== 'idle'}
        aria-busy={phase === 'tidying'}
        title="Lay the whole design out automatically (one undo step)"
      >
        {phase === 'tidying' ? 'Tidying up…' : 'Tidy up'}
      </button>
    </>
  );
}
