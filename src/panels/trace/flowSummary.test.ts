import { describe, expect, it } from 'vitest';
import type { FlowResult } from '../../engine/types';
import { flowSummary, resultsById, summaryText } from './flowSummary';

const result = (id: string, pass: boolean) => ({ id, pass }) as FlowResult;

describe('flowSummary', () => {
  it('counts passing and failing flows by their expectation', () => {
    const results = resultsById([result('a', true), result('b', false), result('c', true)]);
    expect(flowSummary(['a', 'b', 'c'], results)).toEqual({ passing: 2, failing: 1, pending: 0 });
  });

  it('counts a flow the evaluation does not cover yet as pending, and ignores results of removed flows', () => {
    const results = resultsById([result('a', false), result('gone', true)]);
    expect(flowSummary(['a', 'new'], results)).toEqual({ passing: 0, failing: 1, pending: 1 });
  });

  it('has everything pending before the first evaluation', () => {
    expect(flowSummary(['a', 'b'], resultsById(undefined))).toEqual({ passing: 0, failing: 0, pending: 2 });
  });
});

describe('summaryText', () => {
  it('reads "n passing / m failing", adding what is still being evaluated', () => {
    expect(summaryText({ passing: 2, failing: 1, pending: 0 })).toBe('2 passing / 1 failing');
    expect(summaryText({ passing: 0, failing: 0, pending: 3 })).toBe('0 passing / 0 failing / 3 evaluating');
  });
});
