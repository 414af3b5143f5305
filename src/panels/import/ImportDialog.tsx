// What an import shows: its progress while it runs, then its report.
import { useStore } from 'zustand';
import { useAppStoreApi } from '../../store/StoreProvider';
import { ImportProgress } from './ImportProgress';
import { ImportReportPanel } from './ImportReportPanel';
import { importSessionFor } from './importSession';
import './import.css';

export function ImportDialog() {
  const session = importSessionFor(useAppStoreApi());
  const phase = useStore(session.state, (s) => s.phase);
  const report = useStore(session.state, (s) => (s.reportOpen ? s.report : null));
  return (
    <>
      {(phase.kind === 'importing' || phase.kind === 'laying-out') && (
        <ImportProgress phase={phase} onCancel={session.cancel} />
      )}
      {report && <ImportReportPanel shown={report} onClose={() => session.setReportOpen(false)} />}
    </>
  );
}
