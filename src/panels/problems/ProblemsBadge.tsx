// The toolbar's problem counts, one per severity; a click opens or closes the
// problems panel.
import { useAppStore } from '../../store/StoreProvider';
import { countsText, SEVERITIES } from './problemGroups';
import { useProblems } from './useProblems';
import './problems.css';

export function ProblemsBadge() {
  const { counts, evaluated } = useProblems();
  const open = useAppStore((s) => s.panels.problems);
  const toggle = useAppStore((s) => s.togglePanel);
  return (
    <button
      type="button"
      className="problems-badge"
      aria-pressed={open}
      aria-label={`Problems: ${evaluated ? countsText(counts) : 'evaluating'}`}
      title={evaluated ? countsText(counts) : 'Evaluating…'}
      data-testid="problems-badge"
      onClick={() => toggle('problems')}
    >
      {SEVERITIES.map((severity) => (
        <span
          key={severity}
          className={`problems-badge-count severity-${severity}${counts[severity] === 0 ? ' is-zero' : ''}`}
          data-testid={`problems-badge.${severity}`}
        >
          {counts[severity]}
        </span>
      ))}
    </button>
  );
}
