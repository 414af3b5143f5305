// The report of the last import: what came in, what was assumed, what was
// skipped and why. Shown over the canvas after an import; downloadable as text.
import { formatReport } from '../../io/import/formatReport';
import { downloadText } from '../../io/files/download';
import type { ShownReport } from './importSession';
import { reportFileName, reportView } from './reportView';

interface Props {
  shown: ShownReport;
  onClose: () => void;
}

export function ImportReportPanel({ shown, onClose }: Props) {
  const { report } = shown;
  const view = reportView(report);
  return (
    <section
      className="import-report"
      data-testid="import-report"
      aria-label="Import report"
      // Escape closes it, as it closes the other panels that float over the canvas.
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) onClose();
      }}
    >
      <header className="import-report-header">
        <h2>Import report</h2>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close the import report"
          data-testid="import-report.close"
        >
          ×
        </button>
      </header>
      <p className="import-report-source">
        {report.source}: {report.files.join(', ')}
      </p>
      <div className="import-report-body">
        <table className="import-report-counts" data-testid="import-report.counts">
          <tbody>
            {view.counts.map((c) => (
              <tr key={c.key} data-count={c.key}>
                <th scope="row">{c.label}</th>
                <td>{c.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <ReportList title="Warnings" testId="import-report.warnings" items={view.warnings} />
        <ReportList title="Assumptions" testId="import-report.assumptions" items={view.assumptions} />
        <ReportList
          title={`Skipped rows (${report.skipped.length})`}
          testId="import-report.skipped"
          items={view.skipped}
          more={view.moreSkipped}
        />
      </div>
      <footer className="import-report-footer">
        <button
          type="button"
          data-testid="import-report.download"
          onClick={() => downloadText(reportFileName(shown.label), formatReport(report), 'text/plain')}
        >
          Download report
        </button>
      </footer>
    </section>
  );
}

function ReportList({
  title,
  testId,
  items,
  more = 0,
}: {
  title: string;
  testId: string;
  items: string[];
  more?: number;
}) {
  return (
    <div className="import-report-section" data-testid={testId}>
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p className="import-report-none">None.</p>
      ) : (
        <ul>
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
          {more > 0 && <li className="import-report-more">…and {more} more in the downloaded report.</li>}
        </ul>
      )}
    </div>
  );
}
