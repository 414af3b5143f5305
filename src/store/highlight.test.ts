import { describe, expect, it } from 'vitest';
import type { Evaluation, FlowResult } from '../engine/types';
import { defineCommand, done } from '../model/commands/command';
import { emptyDesign } from '../model/emptyDesign';
import { createAppStore } from './createAppStore';
import { selectHighlightedResult } from './uiSlice';

const result = (id: string, verdict: FlowResult['verdict'] = 'allowed') =>
  ({ id, verdict, links: [], hops: [] }) as unknown as FlowResult;

const evaluation = (flows: FlowResult[]): Evaluation => ({
  valid: true,
  ok: true,
  flows,
  problems: [],
  links: {},
});

const rename = defineCommand('Rename design', (doc, name: string) => done({ ...doc, name }));

describe('path highlight (UI state)', () => {
  it('follows a saved flow through new evaluations', () => {
    const store = createAppStore(emptyDesign('a'));
    store.getState().highlightFlow('f1');
    expect(selectHighlightedResult(store.getState())).toBeNull();
    store.getState().setEvaluation(evaluation([result('f0'), result('f1', 'blocked')]), 1, 1);
    expect(selectHighlightedResult(store.getState())?.verdict).toBe('blocked');
    store.getState().setEvaluation(evaluation([result('f1', 'allowed')]), 2, 1);
    expect(selectHighlightedResult(store.getState())?.verdict).toBe('allowed');
    store.getState().setEvaluation(evaluation([]), 3, 1);
    expect(selectHighlightedResult(store.getState())).toBeNull();
  });

  it('shows a probe result as it is, and clears by kind', () => {
    const store = createAppStore(emptyDesign('a'));
    const probe = result('test-from-here', 'mtu');
    store.getState().highlightProbe(probe);
    expect(selectHighlightedResult(store.getState())).toBe(probe);
    store.getState().clearHighlight('flow');
    expect(store.getState().highlight).toEqual({ kind: 'probe', result: probe });
    store.getState().clearHighlight('probe');
    expect(store.getState().highlight).toBeNull();
    store.getState().highlightFlow('f1');
    store.getState().clearHighlight();
    expect(store.getState().highlight).toBeNull();
  });

  it('highlighting the same flow again does not notify subscribers', () => {
    const store = createAppStore(emptyDesign('a'));
    store.getState().highlightFlow('f1');
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.getState().highlightFlow('f1');
    store.getState().clearHighlight('probe');
    unsubscribe();
    expect(calls).toBe(0);
  });

  it('is never undone and never part of the document', () => {
    const store = createAppStore(emptyDesign('a'));
    store.getState().apply(rename, 'b');
    store.getState().highlightFlow('f1');
    store.getState().undo();
    expect(store.getState().doc.name).toBe('a');
    expect(store.getState().highlight).toEqual({ kind: 'flow', id: 'f1' });
    expect(JSON.stringify(store.getState().doc)).not.toContain('f1');
    store.getState().redo();
    expect(store.getState().past).toHaveLength(1);
  });
});
