// Problems grouped by severity, most severe first, with their counts: what
// the problems panel lists and the toolbar badge shows.
import type { Problem, Severity } from '../../engine/types';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export const SEVERITY_TITLE: Readonly<Record<Severity, { one: string; many: string }>> = {
  error: { one: 'error', many: 'errors' },
  warning: { one: 'warning', many: 'warnings' },
  info: { one: 'info', many: 'info' },
};

export interface ProblemGroup {
  severity: Severity;
  /** Each problem with its position in the evaluation's list, a stable key for the panel. */
  problems: { problem: Problem; index: number }[];
}

/** Every severity, in order, even when it has no problems, so the panel's layout does not jump. */
export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  const groups = SEVERITIES.map((severity): ProblemGroup => ({ severity, problems: [] }));
  problems.forEach((problem, index) =>
    groups[SEVERITIES.indexOf(problem.severity)]?.problems.push({ problem, index }),
  );
  return groups;
}

export type ProblemCounts = Readonly<Record<Severity, number>>;

export function countProblems(problems: readonly Problem[]): ProblemCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const problem of problems) counts[problem.severity]++;
  return counts;
}

/** "2 errors, 1 warning, 0 info". */
export function countsText(counts: ProblemCounts): string {
  return SEVERITIES.map((s) => {
    const n = counts[s];
    return `${n} ${n === 1 ? SEVERITY_TITLE[s].one : SEVERITY_TITLE[s].many}`;
  }).join(', ');
}
