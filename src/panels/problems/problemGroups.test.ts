import { describe, expect, it } from 'vitest';
import type { Problem } from '../../engine/types';
import { countProblems, countsText, groupProblems } from './problemGroups';

const problem = (code: Problem['code'], severity: Problem['severity']): Problem => ({
  code,
  severity,
  elements: [],
  ports: [],
  links: [],
  message: code,
});

describe('problem groups', () => {
  const problems = [
    problem('mtu-mismatch', 'warning'),
    problem('vm-powered-off', 'info'),
    problem('duplicate-ip', 'error'),
    problem('promiscuous-mode', 'warning'),
  ];

  it('groups by severity, errors first, keeping the evaluation order and index within a group', () => {
    const groups = groupProblems(problems);
    expect(groups.map((g) => [g.severity, g.problems.map((p) => `${p.index}:${p.problem.code}`)])).toEqual([
      ['error', ['2:duplicate-ip']],
      ['warning', ['0:mtu-mismatch', '3:promiscuous-mode']],
      ['info', ['1:vm-powered-off']],
    ]);
  });

  it('keeps empty severities so the layout does not jump', () => {
    expect(groupProblems([]).map((g) => [g.severity, g.problems.length])).toEqual([
      ['error', 0],
      ['warning', 0],
      ['info', 0],
    ]);
  });

  it('counts per severity and says it in words', () => {
    const counts = countProblems(problems);
    expect(counts).toEqual({ error: 1, warning: 2, info: 1 });
    expect(countsText(counts)).toBe('1 error, 2 warnings, 1 info');
    expect(countsText(countProblems([]))).toBe('0 errors, 0 warnings, 0 info');
  });
});
