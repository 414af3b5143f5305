import { useMemo } from 'react';
import type { Problem } from '../../engine/types';
import { useAppStore } from '../../store/StoreProvider';
import { countProblems, type ProblemCounts } from './problemGroups';

const NONE: Problem[] = [];

/** The latest evaluation's problems (none before the first result) and their counts. */
export function useProblems(): { problems: Problem[]; counts: ProblemCounts; evaluated: boolean } {
  const problems = useAppStore((s) => s.evaluation?.problems ?? NONE);
  const evaluated = useAppStore((s) => s.evaluation !== null);
  const counts = useMemo(() => countProblems(problems), [problems]);
  return { problems, counts, evaluated };
}
