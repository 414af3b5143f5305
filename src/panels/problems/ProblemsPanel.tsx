// Every problem of the latest evaluation (MODEL.md 2.5), grouped by severity
// with counts. Clicking one selects its elements and zooms to them.
import { DockPanel } from '../inspector/DockPanel';
import type { Problem } from '../../engine/types';
import { countsText, groupProblems, SEVERITY_TITLE } from './problemGroups';
import { useProblems } from './useProblems';
import { useRevealElements } from '../trace/useReveal';
import './problems.css';

function ProblemItem({ problem, onReveal }: { problem: Problem; onReveal: (p: Problem) => void }) {
  return (
    <li>
      <button
        type="button"
        className="problem-item"
        data-testid="problems.item"
        data-code={problem.code}
        data-severity={problem.severity}
        title={problem.elements.length > 0 ? `Select ${problem.elements.join(', ')}` : undefined}
        onClick={() => onReveal(problem)}
      >
        <span className={`problem-code severity-${problem.severity}`}>{problem.code}</span>
        <span className="problem-message">{problem.message}</span>
      </button>
    </li>
  );
}

export function ProblemsPanel() {
  const { problems, counts, evaluated } = useProblems();
  const reveal = useRevealElements();
  const groups = groupProblems(problems);
  return (
    <DockPanel panel="problems" title="Problems" summary={evaluated ? countsText(counts) : 'evaluating…'}>
      {evaluated && problems.length === 0 && <p className="muted">No problems.</p>}
      {groups
        .filter((group) => group.problems.length > 0)
        .map((group) => (
          <section
            key={group.severity}
            className="problem-group"
            data-testid={`problems.group.${group.severity}`}
            aria-label={`${SEVERITY_TITLE[group.severity].many}`}
          >
            <h3 className={`severity-${group.severity}`}>
              {SEVERITY_TITLE[group.severity].many}{' '}
              <span className="problem-count" data-testid={`problems.count.${group.severity}`}>
                {group.problems.length}
              </span>
            </h3>
            <ul>
              {group.problems.map(({ problem, index }) => (
                <ProblemItem key={index} problem={problem} onReveal={reveal} />
              ))}
            </ul>
          </section>
        ))}
    </DockPanel>
  );
}
