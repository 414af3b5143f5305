// Progress of a running import: the stage, a bar, and a way out. The import
// runs in a worker, so the page stays usable while this is shown.
import type { ImportPhase } from './importSession';

interface Props {
  phase: Extract<ImportPhase, { kind: 'importing' | 'laying-out' }>;
  onCancel: () => void;
}

export function ImportProgress({ phase, onCancel }: Props) {
  const importing = phase.kind === 'importing';
  const percent = importing ? Math.round(phase.fraction * 100) : null;
  return (
    <div className="import-progress" data-testid="import-progress" role="status" aria-live="polite">
      <div className="import-progress-title">Importing {phase.label}</div>
      <progress
        className="import-progress-bar"
        aria-label="Import progress"
        max={100}
        // Without a value the bar shows that work goes on without saying how much is left.
        {...(percent === null ? {} : { value: percent })}
      />
      <div className="import-progress-stage" data-testid="import-progress.stage">
        {importing ? `${phase.stage} · ${percent}%` : 'laying the design out'}
      </div>
      <button type="button" onClick={onCancel} data-testid="import-progress.cancel">
        Cancel
      </button>
    </div>
  );
}
